-- What admins changed in the designer and have not published yet: per app, one row per edited
-- definition file (its whole text), or a row with no text for a file the draft deletes. Staff never
-- read this table; publishing an app's draft or discarding it deletes its rows.
create table daftar_designer_draft (
    app        varchar(63)  not null,
    location   varchar(500) not null,
    text       text,
    updated_by varchar(200) not null,
    updated_at timestamptz  not null default now(),
    primary key (app, location)
);
