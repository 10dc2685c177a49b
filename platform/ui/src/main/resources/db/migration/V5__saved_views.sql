-- Saved views of lists: each user's named filters, sort and columns of one list, one of them the default.
create table daftar_saved_view (
    id         bigserial primary key,
    owner      varchar(255) not null,
    list_key   varchar(255) not null,
    name       varchar(255) not null,
    state      text not null,
    is_default boolean not null default false,
    updated_at timestamptz not null default now(),
    constraint daftar_saved_view_name unique (owner, list_key, name)
);

create unique index daftar_saved_view_one_default on daftar_saved_view (owner, list_key) where is_default;
