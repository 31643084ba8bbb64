-- Workflow: the states after ACKNOWLEDGED, the level and deadlines that drive escalation,
-- repeats merged into one open alert, the audit trail, and what the assignee reported back.
-- The same in h2/ and postgresql/ apart from the type of the photo column.

ALTER TABLE alerts DROP CONSTRAINT alerts_state_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_state_check
    CHECK (state IN ('NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'RESOLVED', 'CLOSED', 'DISMISSED'));

-- Repeats of one channel, rule and type within the merge window count here instead of becoming alerts.
ALTER TABLE alerts ADD COLUMN occurrences INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE alerts ADD COLUMN last_event_time TIMESTAMP WITH TIME ZONE;
UPDATE alerts SET last_event_time = event_time;
ALTER TABLE alerts ALTER COLUMN last_event_time SET NOT NULL;

-- Level 1 is the most urgent; alerts stored before levels existed get the default, 2.
ALTER TABLE alerts ADD COLUMN alert_level INTEGER DEFAULT 2 NOT NULL;
ALTER TABLE alerts ADD CONSTRAINT alerts_level_check CHECK (alert_level BETWEEN 1 AND 3);
-- The jurisdiction responsible now: the channel's at first, its parent after each escalation.
ALTER TABLE alerts ADD COLUMN jurisdiction_code VARCHAR(32);
-- Deadlines live in the row, so that a restarted server escalates what the stopped one would have.
ALTER TABLE alerts ADD COLUMN ack_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alerts ADD COLUMN escalations INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE alerts ADD COLUMN assignee VARCHAR(100);
ALTER TABLE alerts ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alerts ADD COLUMN overdue BOOLEAN DEFAULT FALSE NOT NULL;

-- The merge looks up the open alert of a channel and rule; the scheduler scans by state and deadline.
CREATE INDEX alerts_merge_idx ON alerts (channel_id, rule_id, state);
CREATE INDEX alerts_ack_due_idx ON alerts (state, ack_due_at);
CREATE INDEX alerts_due_idx ON alerts (state, due_at);

-- Escalations and missed due times are kept too, with from_state = to_state.
CREATE TABLE alert_audit (
    alert_id   VARCHAR(36)  NOT NULL,
    seq        INTEGER      NOT NULL,
    from_state VARCHAR(16)  NOT NULL,
    to_state   VARCHAR(16)  NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    actor      VARCHAR(100),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note       VARCHAR(2000),
    CONSTRAINT alert_audit_pk PRIMARY KEY (alert_id, seq),
    CONSTRAINT alert_audit_alert_fk FOREIGN KEY (alert_id) REFERENCES alerts (id) ON DELETE CASCADE
);

-- BYTEA like the snapshots: a photo is a few MiB and goes with its alert.
-- A photo is either uploaded (photo and photo_type) or linked (photo_url), never both.
CREATE TABLE alert_resolutions (
    alert_id    VARCHAR(36)   NOT NULL PRIMARY KEY,
    feedback    VARCHAR(2000) NOT NULL,
    photo_url   VARCHAR(1000),
    photo_type  VARCHAR(32),
    photo       BYTEA,
    resolved_by VARCHAR(100),
    resolved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alert_resolutions_alert_fk FOREIGN KEY (alert_id) REFERENCES alerts (id) ON DELETE CASCADE,
    CONSTRAINT alert_resolutions_photo_check CHECK (photo IS NULL OR photo_url IS NULL)
);
