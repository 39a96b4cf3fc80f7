-- Idempotency keys (docs/adr/0012): one row per user and key, inserted in the transaction of the
-- workflow command it names, holding the fingerprint of that command (hex SHA-256 of method, path,
-- If-Match and canonical body, or of a page's action and inputs) and its outcome as JSON, to answer
-- a retry with. The primary key makes a key unique per user and is what two concurrent requests
-- with the same key collide on. Rows are never updated after their commit; created_at lets rows
-- older than the retention be deleted.
create table idempotency_record (
    username        varchar(64)      not null,
    idempotency_key varchar(64)      not null,
    request_hash    varchar(64)      not null,
    request         varchar(300)     not null,
    outcome         varchar(1000000),
    created_at      timestamp with time zone not null,
    constraint pk_idempotency_record primary key (username, idempotency_key)
);
create index ix_idempotency_record_created_at on idempotency_record (created_at);
