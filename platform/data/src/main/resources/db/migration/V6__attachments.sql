-- The files of attachment fields kept in the database (org.daftar.data.attachment). A record holds
-- only {name, mediaType, size, ref}; the content is here under ref, written once and never changed,
-- so a record's history keeps pointing at the file it had.
CREATE TABLE public.daftar_attachment (
    ref         uuid          PRIMARY KEY,
    name        varchar(255)  NOT NULL,
    media_type  varchar(255)  NOT NULL,
    size        bigint        NOT NULL CONSTRAINT daftar_attachment_size_check CHECK (size >= 0),
    content     bytea         NOT NULL,
    field       varchar(63)   NOT NULL, -- the stable id of the field it was uploaded for
    created_at  timestamptz   NOT NULL DEFAULT now()
);
