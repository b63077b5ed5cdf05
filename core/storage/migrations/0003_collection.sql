-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Collection (cobranza) through BancoEstado's Caja Vecina: what debtors owe, the bank's debt queries and its
-- payment notifications. Shared by SQLite and PostgreSQL. {{id}} is the engine's identity key, {{blob}} its
-- binary type. Instants are TEXT in UTC ISO 8601 (SqlTimestamp); dates TEXT 'YYYY-MM-DD'; RUTs canonical
-- ("76354771-K"); amounts whole pesos. See docs/collection.md.

-- One row per debt query answered with invoices: the transaccion id handed to the bank, bound to exactly
-- the receivables (collection_query_items) and the total it answered.
CREATE TABLE collection_queries (
    id {{id}},
    transaccion TEXT NOT NULL UNIQUE CHECK (length(transaccion) BETWEEN 1 AND 40),
    debtor_rut TEXT NOT NULL,
    debtor_name TEXT NOT NULL,
    invoice_count INTEGER NOT NULL CHECK (invoice_count BETWEEN 1 AND 5),
    total BIGINT NOT NULL CHECK (total > 0),
    due_date TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Every payment notification the bank sent, applied or not, with its body exactly as received.
-- transaccion and the parsed fields are NULL when the body could not be read that far.
CREATE TABLE collection_notifications (
    id {{id}},
    transaccion TEXT,
    body {{blob}} NOT NULL,
    rut_cliente TEXT,
    fecha_pago TEXT,
    paid_at TEXT,
    total_text TEXT,
    total BIGINT,
    invoice_ids TEXT,
    query_id BIGINT REFERENCES collection_queries (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'replay', 'invalid', 'unknown_transaccion', 'mismatch',
                                             'already_paid', 'error')),
    result_code INTEGER NOT NULL CHECK (result_code IN (1000, 1003, 2003)),
    resultado TEXT NOT NULL,
    detail TEXT NOT NULL,
    applied BOOLEAN NOT NULL,
    accounting_date TEXT,
    received_at TEXT NOT NULL,
    CHECK (NOT applied OR (outcome = 'applied' AND transaccion IS NOT NULL AND query_id IS NOT NULL
                           AND accounting_date IS NOT NULL))
);
-- A transaccion is applied at most once, whatever the code does.
CREATE UNIQUE INDEX collection_notifications_applied_once ON collection_notifications (transaccion) WHERE applied;
CREATE INDEX collection_notifications_transaccion ON collection_notifications (transaccion);
CREATE INDEX collection_notifications_accounting_date ON collection_notifications (accounting_date);

-- What debtors owe the factoring: from an annotated ceded DTE (source 'dte') or loaded from a portfolio file
-- (source 'cartera', keyed by the file's document number).
CREATE TABLE receivables (
    id {{id}},
    debtor_rut TEXT NOT NULL,
    debtor_name TEXT NOT NULL CHECK (length(debtor_name) BETWEEN 1 AND 100),
    source TEXT NOT NULL CHECK (source IN ('dte', 'cartera')),
    dte_id BIGINT REFERENCES dtes (id),
    document TEXT,
    folio BIGINT NOT NULL CHECK (folio > 0),
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'paid')),
    paid_by_notification BIGINT REFERENCES collection_notifications (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((source = 'dte' AND dte_id IS NOT NULL AND document IS NULL)
           OR (source = 'cartera' AND dte_id IS NULL AND document IS NOT NULL)),
    CHECK ((state = 'paid') = (paid_by_notification IS NOT NULL)),
    CHECK (due_date >= issue_date)
);
CREATE UNIQUE INDEX receivables_dte ON receivables (dte_id) WHERE dte_id IS NOT NULL;
CREATE UNIQUE INDEX receivables_document ON receivables (document) WHERE document IS NOT NULL;
CREATE INDEX receivables_debtor ON receivables (debtor_rut, state, due_date);

CREATE TABLE collection_query_items (
    query_id BIGINT NOT NULL REFERENCES collection_queries (id),
    receivable_id BIGINT NOT NULL REFERENCES receivables (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    PRIMARY KEY (query_id, receivable_id)
);

-- A receivable is paid by at most one applied notification: the primary key refuses the second payment.
CREATE TABLE receivable_payments (
    receivable_id BIGINT PRIMARY KEY REFERENCES receivables (id),
    notification_id BIGINT NOT NULL REFERENCES collection_notifications (id),
    query_id BIGINT NOT NULL REFERENCES collection_queries (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    paid_at TEXT NOT NULL,
    accounting_date TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX receivable_payments_notification ON receivable_payments (notification_id);
CREATE INDEX receivable_payments_accounting_date ON receivable_payments (accounting_date);

INSERT INTO permissions (code, description) VALUES
    ('collections.manage', 'Cargar cartera y administrar la cobranza');
INSERT INTO role_permissions (role_code, permission_code) VALUES
    ('admin', 'collections.manage'),
    ('ejecutivo', 'collections.manage');
