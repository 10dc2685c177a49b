-- Users, their roles and attributes, and the access audit (org.daftar.security). Schema public, prefixed daftar_.

-- A person who signs in. The password is kept only as a bcrypt hash; failed_logins counts the
-- failures since the last successful sign-in, locked_until is set when they reach the limit.
CREATE TABLE public.daftar_user (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(100) NOT NULL CONSTRAINT daftar_user_username_key UNIQUE,
    display_name  varchar(200) NOT NULL,
    email         varchar(320),
    password_hash varchar(100) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    failed_logins integer      NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

-- The roles of a user: a built-in role (admin, manager, staff) or a role of the definitions (app.role_id).
CREATE TABLE public.daftar_user_role (
    user_id bigint       NOT NULL REFERENCES public.daftar_user (id) ON DELETE CASCADE,
    role    varchar(127) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- What an app knows about a user (its userAttributes, e.g. hr's department), read by row rules as
-- user.NAME; a reference is stored as the referenced record's id.
CREATE TABLE public.daftar_user_attribute (
    user_id bigint       NOT NULL REFERENCES public.daftar_user (id) ON DELETE CASCADE,
    app     varchar(63)  NOT NULL,
    name    varchar(63)  NOT NULL,
    value   varchar(500) NOT NULL,
    PRIMARY KEY (user_id, app, name)
);

-- Who signed in, failed to, exported or changed permissions, and when.
CREATE TABLE public.daftar_access_audit (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz  NOT NULL DEFAULT now(),
    username       varchar(100) NOT NULL,
    event          varchar(40)  NOT NULL,
    detail         text,
    remote_address varchar(100)
);
CREATE INDEX daftar_access_audit_at_idx ON public.daftar_access_audit (at);
