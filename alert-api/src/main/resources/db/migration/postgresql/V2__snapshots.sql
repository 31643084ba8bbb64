-- BYTEA rather than large objects: snapshots are small and deleted with their alert.
CREATE TABLE snapshots (
    alert_id VARCHAR(36) NOT NULL PRIMARY KEY,
    jpeg     BYTEA       NOT NULL,
    CONSTRAINT snapshots_alert_fk FOREIGN KEY (alert_id) REFERENCES alerts (id) ON DELETE CASCADE
);
