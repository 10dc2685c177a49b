-- Reports that managers build, save and share with roles, and the tiles of each app's dashboard.
create table daftar_saved_report (
    id           bigserial primary key,
    app          varchar(63)  not null,
    name         varchar(200) not null,
    owner        varchar(200) not null,
    shared_roles text[]       not null default '{}',
    definition   text         not null,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      integer      not null default 0
);
create index daftar_saved_report_app on daftar_saved_report (app);

-- A report on an app's dashboard: a built-in report ("report:<id>") or a saved one ("saved:<id>").
create table daftar_dashboard_tile (
    id         bigserial primary key,
    app        varchar(63)  not null,
    report_ref varchar(200) not null,
    position   integer      not null,
    owner      varchar(200) not null,
    unique (app, report_ref)
);
