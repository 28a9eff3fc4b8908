-- the outcome of each POST sent with an Idempotency-Key, per API key (scope), until it expires.
-- the row is inserted in the same transaction as the request's own writes and updated with the
-- response before commit: a stored key always means a stored result, and a result always has its key.
create table idempotency_key (
    scope         varchar(200)   not null,
    key           varchar(255)   not null,
    request_hash  varchar(64)    not null,
    method        varchar(8)     not null,
    path          varchar(2048)  not null,
    status        integer,
    content_type  varchar(200),
    location      varchar(2048),
    etag          varchar(200),
    body          bytea,
    created_at    timestamptz    not null default now(),
    expires_at    timestamptz    not null,
    primary key (scope, key)
);

create index idempotency_key_expires_idx on idempotency_key (expires_at);
