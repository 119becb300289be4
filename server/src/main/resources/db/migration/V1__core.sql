-- Core schema: parties, accounts, transactions, ingest batches, users, API keys, audit log.
-- Enumerations are stored as text and checked by the application's enums; amounts as numeric.
-- Identifiers compare bytewise (COLLATE "C"): they are codes, not words, and byte order keeps the
-- ingest path's index maintenance cheap whatever the server's default collation.

CREATE TABLE party (
    id              text PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('PERSON', 'ENTERPRISE')),
    name            text NOT NULL,
    born_or_founded date NOT NULL,
    industry_code   text,
    region          text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX party_kind_region ON party (kind, region);

CREATE TABLE account (
    id         text PRIMARY KEY,
    owner_id   text REFERENCES party (id),
    type       text NOT NULL,
    currency   char(3) NOT NULL,
    opened_on  date NOT NULL,
    status     text NOT NULL,
    bank_code  text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_owner ON account (owner_id);

CREATE TABLE ingest_batch (
    id             bigserial PRIMARY KEY,
    received_at    timestamptz NOT NULL DEFAULT now(),
    principal      text NOT NULL,
    source         text NOT NULL,
    mode           text NOT NULL,
    rows_received  integer NOT NULL DEFAULT 0,
    rows_inserted  integer NOT NULL DEFAULT 0,
    rows_duplicate integer NOT NULL DEFAULT 0,
    rows_rejected  integer NOT NULL DEFAULT 0,
    content_digest bytea
);

-- The client's id is the key: ingest is idempotent on it. content_hash tells a harmless replay
-- (same content) from a conflicting reuse of the id (different content).
CREATE TABLE transaction (
    id                text COLLATE "C" PRIMARY KEY,
    ts                timestamptz NOT NULL,
    payer             text COLLATE "C" NOT NULL,
    payee             text COLLATE "C" NOT NULL,
    amount            numeric(20, 4) NOT NULL CHECK (amount > 0),
    currency          char(3) NOT NULL,
    channel           text NOT NULL,
    type              text NOT NULL,
    device_id         text,
    latitude          double precision,
    longitude         double precision,
    counterparty_bank text,
    content_hash      bytea NOT NULL,
    batch_id          bigint NOT NULL REFERENCES ingest_batch (id)
);
CREATE INDEX transaction_payer_ts ON transaction (payer, ts);
CREATE INDEX transaction_payee_ts ON transaction (payee, ts);
-- Rows arrive roughly in time order, so a BRIN index serves time ranges at a fraction of a
-- B-tree's write cost on the ingest path.
CREATE INDEX transaction_ts ON transaction USING brin (ts);

CREATE TABLE app_user (
    username             text PRIMARY KEY,
    password_hash        text NOT NULL,
    roles                text[] NOT NULL,
    enabled              boolean NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now()
);

-- Keys are shown once; only a SHA-256 of the secret part is kept.
CREATE TABLE api_key (
    id           text PRIMARY KEY,
    name         text NOT NULL,
    secret_hash  bytea NOT NULL,
    roles        text[] NOT NULL,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

-- Append-only, hash-chained audit trail. hash = SHA-256(prev_hash, seq, at, actor, action,
-- entity_type, entity_id, before_digest, after_digest); see AuditChain.
CREATE TABLE audit_log (
    seq           bigint PRIMARY KEY,
    at            timestamptz NOT NULL,
    actor         text NOT NULL,
    action        text NOT NULL,
    entity_type   text NOT NULL,
    entity_id     text NOT NULL,
    before_digest bytea,
    after_digest  bytea,
    prev_hash     bytea NOT NULL,
    hash          bytea NOT NULL
);

-- One row holding the chain's head; appenders lock it, which orders the chain.
CREATE TABLE audit_head (
    id   integer PRIMARY KEY CHECK (id = 1),
    seq  bigint NOT NULL,
    hash bytea NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
