-- The best view of each track. H2 caps VARBINARY at 1 MiB: BLOB here like the alert snapshots.
CREATE TABLE track_snapshots (
    track_id BIGINT NOT NULL PRIMARY KEY,
    jpeg     BLOB   NOT NULL,
    CONSTRAINT track_snapshots_track_fk FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
);
