-- Every published version of the definitions ("release"), with the whole set of its files, so the
-- server can run on it after a restart, show it, compare it and roll back to it.
-- Supersedes daftar_definition_version (V1): that table is kept as it was, for its history, but
-- nothing writes to it any more.
CREATE TABLE daftar_definition_release (
    number       bigint      PRIMARY KEY,                -- 1, 2, ... in publishing order
    published_by text        NOT NULL,                   -- the admin, or user@host of the process
    published_at timestamptz NOT NULL,
    comment      text        NOT NULL DEFAULT '',
    origin       text        NOT NULL CHECK (origin IN ('designer', 'files', 'import', 'rollback')),
    checksum     text        NOT NULL                    -- SHA-256 (hex) of the files' texts, sorted
);

CREATE INDEX daftar_definition_release_origin ON daftar_definition_release (origin, number DESC);

-- The files of a release, named as in definitions/: APP/app.yaml, APP/entities/ENTITY.yaml, ...
CREATE TABLE daftar_definition_release_file (
    release  bigint NOT NULL REFERENCES daftar_definition_release (number) ON DELETE CASCADE,
    location text   NOT NULL,
    text     text   NOT NULL,
    PRIMARY KEY (release, location)
);
