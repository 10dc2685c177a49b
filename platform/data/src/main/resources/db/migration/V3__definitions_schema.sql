-- What the live database holds for the definitions (org.daftar.data.migration): which table holds
-- each entity and which column each field, by their stable ids, so that a changed name is seen as
-- a rename and a removed field or entity is archived, not lost. The migration planner reads these
-- tables with PostgreSQL's catalog and rewrites them in the transaction that applies a plan.
-- All in schema public, prefixed daftar_schema_.

-- The apps whose tables Daftar made; each app's tables live in the PostgreSQL schema named after it.
CREATE TABLE public.daftar_schema_app (
    app_id     varchar(63) PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per entity: its table in the app's schema. An archived entity (no longer in the
-- definitions) keeps its table, renamed aside (_archived_<entity id>), until it is purged.
CREATE TABLE public.daftar_schema_entity (
    app_id      varchar(63) NOT NULL REFERENCES public.daftar_schema_app (app_id),
    entity_id   varchar(63) NOT NULL,  -- the stable id
    table_name  varchar(63) NOT NULL,  -- the entity's name, or its archived name
    archived_at timestamptz,           -- set when the entity left the definitions
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, entity_id),
    CONSTRAINT daftar_schema_entity_table_key UNIQUE (app_id, table_name) DEFERRABLE INITIALLY DEFERRED
);

-- One row per field that has a column (lines fields have none). An archived field keeps its
-- column, renamed aside (_archived_<field id>) and nullable, hidden from the definitions' tables.
CREATE TABLE public.daftar_schema_field (
    app_id      varchar(63) NOT NULL,
    entity_id   varchar(63) NOT NULL,
    field_id    varchar(63) NOT NULL,  -- the stable id
    column_name varchar(63) NOT NULL,  -- the field's name, or its archived name
    field_type  varchar(63) NOT NULL,  -- the definitions' type: text, choice, iban, ...
    sql_type    text        NOT NULL,  -- the column's type as made: varchar(20), numeric(18,2), ...
    required    boolean     NOT NULL,  -- NOT NULL
    options     text[],                -- a choice field's values, in order
    archived_at timestamptz,           -- set when the field left the definitions
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, entity_id, field_id),
    CONSTRAINT daftar_schema_field_column_key UNIQUE (app_id, entity_id, column_name) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (app_id, entity_id) REFERENCES public.daftar_schema_entity (app_id, entity_id) ON DELETE CASCADE
);

-- The indexes and constraints Daftar made on an entity's table. The key says what an object is in
-- stable ids ("unique sku", "foreign-key customer -> shop.customer", "check status#1 {column} in
-- (...)"), so an object whose name changed with a rename is renamed, not rebuilt.
CREATE TABLE public.daftar_schema_object (
    app_id      varchar(63) NOT NULL,
    entity_id   varchar(63) NOT NULL,
    object_name varchar(63) NOT NULL,
    kind        varchar(20) NOT NULL CONSTRAINT daftar_schema_object_kind_check
                            CHECK (kind IN ('check', 'unique', 'foreign-key', 'index')),
    object_key  text        NOT NULL,
    field_ids   text[]      NOT NULL,  -- the fields it involves
    PRIMARY KEY (app_id, entity_id, object_name),
    FOREIGN KEY (app_id, entity_id) REFERENCES public.daftar_schema_entity (app_id, entity_id) ON DELETE CASCADE
);

-- Every plan applied, as it was shown: each step in words and SQL. Each also has a row in
-- flyway_schema_history (type CUSTOM, no version), whose installed_rank is history_rank.
CREATE TABLE public.daftar_schema_plan (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    applied_at   timestamptz  NOT NULL DEFAULT now(),
    applied_by   varchar(100) NOT NULL,  -- user@host of the process that applied it
    steps        integer      NOT NULL,
    forced       boolean      NOT NULL,  -- applied with --force
    description  varchar(200) NOT NULL,
    plan_text    text         NOT NULL,
    history_rank integer
);

-- Whether a text is a valid input for a PostgreSQL type ('12' for bigint: true; 'twelve': false):
-- how the planner checks, before converting a column, that every value converts.
CREATE FUNCTION public.daftar_is_valid_input(value text, type_name text) RETURNS boolean
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF value IS NULL THEN
        RETURN true;
    END IF;
    EXECUTE format('SELECT %L::%s', value, type_name);
    RETURN true;
EXCEPTION WHEN others THEN
    RETURN false;
END
$$;
