-- Risk alerts and cases. Every ingested batch is assessed once after its commit (risk_assessed_at
-- marks it); each decision other than ALLOW becomes an alert, and alerts are grouped into one open
-- case per customer (the party owning the payer account; the account itself when it has no owner).
-- "case" is a reserved word, hence risk_case.

ALTER TABLE ingest_batch ADD COLUMN risk_assessed_at timestamptz;
CREATE INDEX ingest_batch_unassessed ON ingest_batch (id) WHERE risk_assessed_at IS NULL;

-- Batch ids grow with insertion, so a BRIN index finds a batch's rows at almost no ingest cost.
CREATE INDEX transaction_batch ON transaction USING brin (batch_id);

CREATE TABLE risk_case (
    id           bigserial PRIMARY KEY,
    subject      text NOT NULL,
    party_id     text,
    account_id   text NOT NULL,
    status       text NOT NULL CHECK (status IN ('OPEN', 'ESCALATED', 'CLOSED')),
    assignee     text,
    disposition  text CHECK (disposition IN ('TRUE_POSITIVE', 'FALSE_POSITIVE', 'ESCALATE')),
    note         text,
    opened_at    timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    assigned_at  timestamptz,
    disposed_at  timestamptz,
    closed_at    timestamptz
);
-- At most one case per customer is not closed: new alerts join it.
CREATE UNIQUE INDEX risk_case_one_active ON risk_case (subject) WHERE status <> 'CLOSED';
CREATE INDEX risk_case_status ON risk_case (status, updated_at);

CREATE TABLE alert (
    id             bigserial PRIMARY KEY,
    transaction_id text COLLATE "C" NOT NULL UNIQUE,
    account_id     text COLLATE "C" NOT NULL,
    party_id       text,
    action         text NOT NULL CHECK (action IN ('REVIEW', 'HOLD', 'BLOCK')),
    score          double precision NOT NULL,
    rules          jsonb NOT NULL,
    patterns       jsonb NOT NULL,
    rule_set       text NOT NULL,
    ts             timestamptz NOT NULL,
    amount         numeric(20, 4) NOT NULL,
    currency       char(3) NOT NULL,
    hold_until     timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    case_id        bigint NOT NULL REFERENCES risk_case (id)
);
CREATE INDEX alert_case ON alert (case_id);
CREATE INDEX alert_created ON alert (created_at);
