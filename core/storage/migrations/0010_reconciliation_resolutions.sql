-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Resolutions of reconciliation differences (docs/desktop-collections.md, "Conciliación"): an executive marks a
-- difference of a reconciliation (rendicion_reconciliation_items, docs/rendicion.md) as resolved, with a reason;
-- the audit log records it too (rendicion.difference_resolved). Shared by SQLite and PostgreSQL. {{id}} is the
-- engine's identity key. Instants are TEXT in UTC ISO 8601 (SqlTimestamp); dates TEXT 'YYYY-MM-DD'.
--
-- Each import of a date replaces that date's reconciliation items, so a resolution names its difference by its
-- natural key (accounting date, transaction, invoice, outcome) rather than by the item's id, and keeps what the
-- difference said when it was resolved. The same difference is resolved at most once (UNIQUE); a different outcome
-- for the same invoice after a later import is a new difference.
CREATE TABLE reconciliation_resolutions (
    id {{id}},
    accounting_date TEXT NOT NULL,
    transaccion TEXT NOT NULL CHECK (length(transaccion) BETWEEN 1 AND 40),
    invoice BIGINT NOT NULL CHECK (invoice >= 0),
    outcome TEXT NOT NULL CHECK (outcome IN ('applied_from_bank', 'not_notified', 'missing_in_bank', 'differs')),
    channel TEXT,
    bank_amount BIGINT,
    our_amount BIGINT,
    detail TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
    resolved_at TEXT NOT NULL,
    resolved_by TEXT NOT NULL,
    UNIQUE (accounting_date, transaccion, invoice, outcome)
);
CREATE INDEX reconciliation_resolutions_date ON reconciliation_resolutions (accounting_date);
