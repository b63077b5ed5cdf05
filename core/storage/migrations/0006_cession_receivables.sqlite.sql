-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- SQLite cannot alter a CHECK: receivables is rebuilt with 0003's columns and rules, widened (source 'cession',
-- state 'withdrawn'), keeping every row and id. Foreign keys from collection_query_items and receivable_payments
-- are checked at commit (defer_foreign_keys), when the rows are back under the same ids.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE receivables_before_0006 AS SELECT * FROM receivables;
DROP TABLE receivables;
CREATE TABLE receivables (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    debtor_rut TEXT NOT NULL,
    debtor_name TEXT NOT NULL CHECK (length(debtor_name) BETWEEN 1 AND 100),
    source TEXT NOT NULL CHECK (source IN ('dte', 'cartera', 'cession')),
    dte_id BIGINT REFERENCES dtes (id),
    document TEXT,
    folio BIGINT NOT NULL CHECK (folio > 0),
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'paid', 'withdrawn')),
    paid_by_notification BIGINT REFERENCES collection_notifications (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    emitter_rut TEXT,
    tipo INTEGER,
    cession_id BIGINT REFERENCES cessions (id),
    withdrawn_by_cession BIGINT REFERENCES cessions (id),
    CONSTRAINT receivables_source_fields
        CHECK ((source = 'dte' AND dte_id IS NOT NULL AND document IS NULL)
               OR (source = 'cartera' AND dte_id IS NULL AND document IS NOT NULL)
               OR (source = 'cession' AND cession_id IS NOT NULL AND document IS NULL AND emitter_rut IS NOT NULL
                   AND tipo IS NOT NULL)),
    CHECK ((state = 'paid') = (paid_by_notification IS NOT NULL)),
    CONSTRAINT receivables_withdrawn_by CHECK ((state = 'withdrawn') = (withdrawn_by_cession IS NOT NULL)),
    CHECK (due_date >= issue_date)
);
INSERT INTO receivables (id, debtor_rut, debtor_name, source, dte_id, document, folio, issue_date, due_date, amount,
                         state, paid_by_notification, created_at, updated_at, emitter_rut, tipo, cession_id,
                         withdrawn_by_cession)
    SELECT id, debtor_rut, debtor_name, source, dte_id, document, folio, issue_date, due_date, amount, state,
           paid_by_notification, created_at, updated_at, emitter_rut, tipo, cession_id, withdrawn_by_cession
    FROM receivables_before_0006;
DROP TABLE receivables_before_0006;
CREATE UNIQUE INDEX receivables_dte ON receivables (dte_id) WHERE dte_id IS NOT NULL;
CREATE UNIQUE INDEX receivables_document ON receivables (document) WHERE document IS NOT NULL;
CREATE INDEX receivables_debtor ON receivables (debtor_rut, state, due_date);
-- One receivable per ceded document: a re-cession back to the factoring reinstates it.
CREATE UNIQUE INDEX receivables_ceded_document ON receivables (emitter_rut, tipo, folio) WHERE source = 'cession';
CREATE INDEX receivables_cession ON receivables (cession_id);
-- A portfolio row for an invoice the factoring already holds by cession (same debtor and folio) is refused.
CREATE TRIGGER receivables_cartera_not_ceded BEFORE INSERT ON receivables
WHEN NEW.source = 'cartera' AND EXISTS (SELECT 1 FROM receivables WHERE source = 'cession'
                                        AND debtor_rut = NEW.debtor_rut AND folio = NEW.folio
                                        AND state <> 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'receivables: this debtor and folio is already owed by an annotated cession');
END;
