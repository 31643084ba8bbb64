-- H2 caps VARBINARY at 1 MiB; a 1080p JPEG can exceed that, so snapshots are BLOBs here.
CREATE TABLE snapshots (
    alert_id VARCHAR(36) NOT NULL PRIMARY KEY,
    jpeg     BLOB        NOT NULL,
    CONSTRAINT snapshots_alert_fk FOREIGN KEY (alert_id) REFERENCES alerts (id) ON DELETE CASCADE
);
