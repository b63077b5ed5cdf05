-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Invoice dispatch (docs/dispatch.md): the outbox (one row per invoice and recipient, written before any network
-- call), the append-only log of every attempt, the suppression list, campaigns and retention purges. Shared by
-- SQLite and PostgreSQL; instants are TEXT in UTC ISO 8601 (SqlTimestamp), RUTs canonical, amounts whole pesos.

-- A campaign: the invoices of a selection (DTE ids, an operation's annotated cessions) sent together.
CREATE TABLE dispatch_campaigns (
    id {{id}},
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    selection TEXT NOT NULL,
    cesionario_rut TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    selected_count INTEGER NOT NULL DEFAULT 0 CHECK (selected_count >= 0),
    enqueued_count INTEGER NOT NULL DEFAULT 0 CHECK (enqueued_count >= 0),
    skipped_count INTEGER NOT NULL DEFAULT 0 CHECK (skipped_count >= 0)
);

-- The outbox. channel is the channel of the next attempt ('sms' once e-mail gave up). claim_token identifies the
-- worker's current lease; a 'sending' row whose claimed_until passed is claimed again (crash recovery).
CREATE TABLE dispatches (
    id {{id}},
    campaign_id BIGINT REFERENCES dispatch_campaigns (id),
    dte_id BIGINT REFERENCES dtes (id),
    receivable_id BIGINT REFERENCES receivables (id),
    document_key TEXT NOT NULL CHECK (length(document_key) BETWEEN 1 AND 100),
    emitter_rut TEXT NOT NULL,
    debtor_rut TEXT NOT NULL,
    debtor_name TEXT NOT NULL,
    tipo INTEGER NOT NULL CHECK (tipo > 0),
    folio BIGINT NOT NULL CHECK (folio > 0),
    amount BIGINT NOT NULL CHECK (amount >= 0),
    due_date TEXT,
    email TEXT,
    phone TEXT,
    attachment_kind TEXT NOT NULL CHECK (attachment_kind IN ('pdf', 'zip')),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'retry_wait', 'accepted', 'fallback_sms', 'sms_sent',
                                         'delivered', 'failed', 'suppressed')),
    next_attempt_at TEXT NOT NULL,
    email_attempts INTEGER NOT NULL DEFAULT 0 CHECK (email_attempts >= 0),
    sms_attempts INTEGER NOT NULL DEFAULT 0 CHECK (sms_attempts >= 0),
    claimed_by TEXT,
    claim_token TEXT,
    claimed_until TEXT,
    sms_provider_id TEXT,
    last_reason TEXT NOT NULL DEFAULT '',
    accepted_at TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CHECK (state <> 'sending' OR (claim_token IS NOT NULL AND claimed_until IS NOT NULL)),
    CHECK (state <> 'accepted' OR accepted_at IS NOT NULL)
);
-- Idempotent enqueue: a campaign sends each document to each address once.
CREATE UNIQUE INDEX dispatches_campaign_document
    ON dispatches (campaign_id, document_key, COALESCE(email, ''), COALESCE(phone, '')) WHERE campaign_id IS NOT NULL;
CREATE INDEX dispatches_due ON dispatches (state, next_attempt_at);
CREATE INDEX dispatches_debtor ON dispatches (debtor_rut, created_at);
CREATE INDEX dispatches_folio ON dispatches (folio);
CREATE INDEX dispatches_provider ON dispatches (sms_provider_id);
CREATE INDEX dispatches_campaign ON dispatches (campaign_id, state);

-- The document a dispatch sends (the DTE's XML as received), kept until the file retention period removes it.
CREATE TABLE dispatch_files (
    dispatch_id BIGINT PRIMARY KEY REFERENCES dispatches (id),
    file_name TEXT NOT NULL,
    content {{blob}} NOT NULL,
    stored_at TEXT NOT NULL
);

-- Every attempt, as it happened: append-only (the triggers of the engine companions refuse UPDATE, and DELETE
-- except inside a retention purge). outcome: accepted (2xx), transient (4xx), permanent (5xx), unreachable
-- (no SMTP answer), error (configuration, TLS), suppressed (not sent: address suppressed), sms_accepted,
-- sms_retry, sms_rejected, sms_unreachable, and receipt_delivered / receipt_failed / receipt_pending for the
-- gateway's delivery receipts.
CREATE TABLE dispatch_attempts (
    id {{id}},
    dispatch_id BIGINT NOT NULL REFERENCES dispatches (id),
    attempt INTEGER NOT NULL CHECK (attempt >= 0),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient TEXT NOT NULL,
    worker TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    reply_code INTEGER,
    reply_text TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'transient', 'permanent', 'unreachable', 'error',
                                             'suppressed', 'sms_accepted', 'sms_retry', 'sms_rejected',
                                             'sms_unreachable', 'receipt_delivered', 'receipt_failed',
                                             'receipt_pending')),
    provider_id TEXT,
    state_after TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX dispatch_attempts_dispatch ON dispatch_attempts (dispatch_id, id);
CREATE INDEX dispatch_attempts_started ON dispatch_attempts (started_at);

-- Addresses and phones that failed permanently: not tried again by e-mail.
CREATE TABLE dispatch_suppressions (
    id {{id}},
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    address TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL,
    reply_code INTEGER,
    dispatch_id BIGINT,
    first_failed_at TEXT NOT NULL
);

-- Each retention purge. While a purge row is active (only inside the purge's own transaction) the attempt log
-- lets rows older than its cutoff be deleted; at any other time it refuses.
CREATE TABLE dispatch_purges (
    id {{id}},
    log_cutoff TEXT NOT NULL,
    file_cutoff TEXT NOT NULL,
    active BOOLEAN NOT NULL,
    started_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    dispatches_deleted INTEGER NOT NULL DEFAULT 0,
    attempts_deleted INTEGER NOT NULL DEFAULT 0,
    files_deleted INTEGER NOT NULL DEFAULT 0
);

INSERT INTO permissions (code, description) VALUES
    ('dispatch.manage', 'Enviar facturas a los deudores y administrar el registro de envíos');
INSERT INTO role_permissions (role_code, permission_code) VALUES
    ('admin', 'dispatch.manage'),
    ('ejecutivo', 'dispatch.manage');
