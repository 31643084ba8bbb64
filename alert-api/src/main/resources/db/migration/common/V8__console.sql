-- The web console's video wall layout of each user (or configured token), as the JSON the API takes.
-- Portable SQL like V1: runs unchanged on H2 2.x and PostgreSQL 12+.
CREATE TABLE console_layouts (
    owner      VARCHAR(100) NOT NULL PRIMARY KEY,
    layout     VARCHAR(8000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
