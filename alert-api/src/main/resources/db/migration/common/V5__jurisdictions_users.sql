-- Jurisdictions, key sites, which channel belongs where, users and their API tokens.
-- Portable SQL like V1: runs unchanged on H2 2.x and PostgreSQL 12+.

-- county -> township/street -> village/community -> grid; civil codes where they exist.
-- Levels only go down the tree, so the parent links cannot form a cycle.
CREATE TABLE jurisdictions (
    code               VARCHAR(32)  NOT NULL PRIMARY KEY,
    name               VARCHAR(100) NOT NULL,
    jurisdiction_level VARCHAR(16)  NOT NULL,
    parent_code        VARCHAR(32),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT jurisdictions_level_check
        CHECK (jurisdiction_level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE', 'GRID')),
    CONSTRAINT jurisdictions_parent_fk FOREIGN KEY (parent_code) REFERENCES jurisdictions (code)
);
CREATE INDEX jurisdictions_parent_idx ON jurisdictions (parent_code);

-- Key sites (重点部位): level 1 is the most important.
CREATE TABLE sites (
    code              VARCHAR(32)  NOT NULL PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    site_level        INTEGER      NOT NULL,
    jurisdiction_code VARCHAR(32)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sites_level_check CHECK (site_level BETWEEN 1 AND 3),
    CONSTRAINT sites_jurisdiction_fk FOREIGN KEY (jurisdiction_code) REFERENCES jurisdictions (code)
);
CREATE INDEX sites_jurisdiction_idx ON sites (jurisdiction_code);

-- A channel belongs to one site or one grid. No foreign key to channels: GB28181 alarm inputs
-- raise alerts under IDs that are not configured video channels, and they need a place too.
CREATE TABLE channel_assignments (
    channel_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    site_code   VARCHAR(32),
    grid_code   VARCHAR(32),
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT channel_assignments_site_fk FOREIGN KEY (site_code) REFERENCES sites (code) ON DELETE CASCADE,
    CONSTRAINT channel_assignments_grid_fk FOREIGN KEY (grid_code) REFERENCES jurisdictions (code),
    CONSTRAINT channel_assignments_one_check
        CHECK ((site_code IS NULL AND grid_code IS NOT NULL) OR (site_code IS NOT NULL AND grid_code IS NULL))
);
CREATE INDEX channel_assignments_site_idx ON channel_assignments (site_code);
CREATE INDEX channel_assignments_grid_idx ON channel_assignments (grid_code);

-- Duty officers, and only they, have a jurisdiction. password_hash is
-- pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>.
CREATE TABLE users (
    name              VARCHAR(64)  NOT NULL PRIMARY KEY,
    role              VARCHAR(16)  NOT NULL,
    jurisdiction_code VARCHAR(32),
    password_hash     VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_role_check CHECK (role IN ('ADMIN', 'OPERATOR', 'DUTY_OFFICER')),
    CONSTRAINT users_scope_check CHECK ((role = 'DUTY_OFFICER' AND jurisdiction_code IS NOT NULL)
        OR (role <> 'DUTY_OFFICER' AND jurisdiction_code IS NULL)),
    CONSTRAINT users_jurisdiction_fk FOREIGN KEY (jurisdiction_code) REFERENCES jurisdictions (code)
);

-- Only the SHA-256 of a token is kept: the token itself is shown once, when it is issued.
CREATE TABLE api_tokens (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_name    VARCHAR(64)  NOT NULL,
    token_digest VARCHAR(64)  NOT NULL,
    label        VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_tokens_digest_unique UNIQUE (token_digest),
    CONSTRAINT api_tokens_user_fk FOREIGN KEY (user_name) REFERENCES users (name) ON DELETE CASCADE
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_name);
