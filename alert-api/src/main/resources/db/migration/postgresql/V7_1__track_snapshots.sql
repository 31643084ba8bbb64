-- The best view of each track. BYTEA like the alert snapshots: a crop is small and goes with its track.
CREATE TABLE track_snapshots (
    track_id BIGINT NOT NULL PRIMARY KEY,
    jpeg     BYTEA  NOT NULL,
    CONSTRAINT track_snapshots_track_fk FOREIGN KEY (track_id) REFERENCES tracks (id) ON DELETE CASCADE
);
