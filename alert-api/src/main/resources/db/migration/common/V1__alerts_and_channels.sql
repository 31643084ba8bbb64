-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
-- Times are TIMESTAMP WITH TIME ZONE so that both databases hand back the same instant.
CREATE TABLE alerts (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    channel_id       VARCHAR(64)  NOT NULL,
    rule_id          VARCHAR(128) NOT NULL,
    alert_type       VARCHAR(64)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    event_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    boxes            VARCHAR      NOT NULL,
    snapshot_size    INTEGER      NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(100),
    acknowledge_note VARCHAR(1000),
    CONSTRAINT alerts_state_check CHECK (state IN ('NEW', 'ACKNOWLEDGED'))
);

-- The alert desk lists newest first, overall or per channel.
CREATE INDEX alerts_event_time_idx ON alerts (event_time);
CREATE INDEX alerts_channel_event_time_idx ON alerts (channel_id, event_time);

CREATE TABLE channels (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    spec       VARCHAR     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
