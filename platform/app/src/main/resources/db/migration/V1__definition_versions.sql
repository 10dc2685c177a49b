-- Every set of definitions Daftar started with; a row is added only when the checksum changes.
CREATE TABLE daftar_definition_version (
    id        bigserial   PRIMARY KEY,
    checksum  text        NOT NULL UNIQUE,  -- SHA-256 (hex) of the definition files
    apps      int         NOT NULL,
    entities  int         NOT NULL,
    loaded_at timestamptz NOT NULL,
    loaded_by text        NOT NULL          -- user@host of the process that loaded them
);
