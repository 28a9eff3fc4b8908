-- an import submitted with an Idempotency-Key remembers it, so that a retried upload replays its job
alter table import_job
    add column idempotency_scope varchar(200),
    add column idempotency_key   varchar(255),
    add column body_sha256       varchar(64);

create index import_job_idempotency_idx on import_job (idempotency_scope, idempotency_key, submitted_at desc)
    where idempotency_key is not null;
