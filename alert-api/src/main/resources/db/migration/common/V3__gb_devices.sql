-- GB28181 devices and their catalogs, and the text that device alarms carry.
-- Portable SQL like V1: DOUBLE PRECISION and BOOLEAN mean the same on H2 2.x and PostgreSQL.

-- Device alerts (offline, back online, alarm notify) have no boxes or snapshot but a free text
-- and the device's AlarmPriority (1 highest to 4); analytics alerts leave both NULL.
ALTER TABLE alerts ADD COLUMN description VARCHAR(1000);
ALTER TABLE alerts ADD COLUMN priority INTEGER;

CREATE TABLE gb_devices (
    device_id      VARCHAR(20)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200),
    manufacturer   VARCHAR(100),
    model          VARCHAR(100),
    firmware       VARCHAR(100),
    transport      VARCHAR(8)   NOT NULL,
    remote_address VARCHAR(100) NOT NULL,
    gb_version     VARCHAR(16),
    online         BOOLEAN      NOT NULL,
    last_keepalive TIMESTAMP WITH TIME ZONE,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gb_devices_transport_check CHECK (transport IN ('UDP', 'TCP'))
);

-- The device list is filtered by online state and paged in device ID order.
CREATE INDEX gb_devices_online_idx ON gb_devices (online, device_id);

CREATE TABLE gb_channels (
    device_id    VARCHAR(20)  NOT NULL,
    channel_id   VARCHAR(20)  NOT NULL,
    name         VARCHAR(200),
    manufacturer VARCHAR(100),
    model        VARCHAR(100),
    civil_code   VARCHAR(64),
    -- 2022 devices may send a path of several parent IDs separated by '/'
    parent_id    VARCHAR(200),
    status       VARCHAR(16),
    longitude    DOUBLE PRECISION,
    latitude     DOUBLE PRECISION,
    ptz_type     INTEGER,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gb_channels_pk PRIMARY KEY (device_id, channel_id),
    CONSTRAINT gb_channels_device_fk FOREIGN KEY (device_id) REFERENCES gb_devices (device_id) ON DELETE CASCADE
);
