-- The record service's own tables (org.daftar.data.record). All in schema public, prefixed daftar_.

-- Audit: one row per write of a record (create, update, delete, restore), added in the write's own
-- transaction. Entities and fields are named by their stable ids, so a rename keeps the history.
-- changes: {"<field id>": {"old": ..., "new": ...}, ...}; a lines field's entry is
-- {"lines": [{"id": 7, "line": 2, "action": "update", "changes": {"<field id>": {"old": ..., "new": ...}}}, ...]}
-- (the lines of a record are audited on their parent's entry: one save, one row).
CREATE TABLE public.daftar_audit (
    id        bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz  NOT NULL,
    user_name varchar(100) NOT NULL,
    app       varchar(63)  NOT NULL,
    entity    varchar(63)  NOT NULL,  -- the entity's stable id
    record_id bigint       NOT NULL,
    version   integer      NOT NULL,  -- the record's version after the write
    action    varchar(10)  NOT NULL CONSTRAINT daftar_audit_action_check
                           CHECK (action IN ('create', 'update', 'delete', 'restore')),
    changes   jsonb        NOT NULL,
    reason    text
);
CREATE INDEX daftar_audit_record_idx ON public.daftar_audit (app, entity, record_id, version);

-- Auto-number counters: one row per sequence, the text before the counter being the sequence key
-- (ORD-2026- for ORD-{yyyy}-{00000}). A save increments its row in its own transaction and holds
-- the row lock until it commits, so numbers are gap-free: a rollback gives the number back.
CREATE TABLE public.daftar_sequence (
    app        varchar(63)  NOT NULL,
    entity     varchar(63)  NOT NULL,  -- the entity's stable id
    field      varchar(63)  NOT NULL,  -- the auto-number field's stable id
    prefix     varchar(200) NOT NULL,  -- the text before the counter
    last_value bigint       NOT NULL,
    PRIMARY KEY (app, entity, field, prefix)
);

-- Sample data is loaded once, on the first start of an empty database: this row says it was
-- (outcome 'loaded'), or that the database already held records (outcome 'skipped').
CREATE TABLE public.daftar_sample_data (
    id        integer      PRIMARY KEY DEFAULT 1 CONSTRAINT daftar_sample_data_single CHECK (id = 1),
    loaded_at timestamptz  NOT NULL,
    loaded_by varchar(100) NOT NULL,
    records   integer      NOT NULL,
    outcome   varchar(10)  NOT NULL CONSTRAINT daftar_sample_data_outcome_check CHECK (outcome IN ('loaded', 'skipped'))
);
