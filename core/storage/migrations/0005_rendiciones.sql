-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Rendiciones (docs/rendicion.md): the daily files Factora generates, the bank's files it imports, and the
-- reconciliation of the bank's records against the payment notifications. Shared by SQLite and PostgreSQL.
-- {{id}} is the engine's identity key. Instants are TEXT in UTC ISO 8601 (SqlTimestamp); dates TEXT
-- 'YYYY-MM-DD'; channels 'CV' (Caja Vecina) or 'IN' (Internet); amounts whole pesos.

-- One row per rendición file generated.
CREATE TABLE rendiciones_generated (
    id {{id}},
    accounting_date TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('CV', 'IN')),
    layout_name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    byte_count BIGINT NOT NULL CHECK (byte_count >= 0),
    record_count BIGINT NOT NULL CHECK (record_count >= 1),
    detail_count BIGINT NOT NULL CHECK (detail_count >= 0),
    transaction_count BIGINT NOT NULL CHECK (transaction_count >= 0),
    total_amount BIGINT NOT NULL CHECK (total_amount >= 0),
    generated_at TEXT NOT NULL,
    generated_by TEXT NOT NULL
);
CREATE INDEX rendiciones_generated_date ON rendiciones_generated (accounting_date, channel);

-- One row per distinct bank rendición file imported (keyed by the SHA-256 of its bytes), with the counts of
-- its last reconciliation.
CREATE TABLE rendicion_imports (
    id {{id}},
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    file_name TEXT NOT NULL,
    layout_name TEXT NOT NULL,
    accounting_date TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('CV', 'IN')),
    detail_count BIGINT NOT NULL CHECK (detail_count >= 0),
    new_records BIGINT NOT NULL CHECK (new_records >= 0),
    total_amount BIGINT NOT NULL CHECK (total_amount >= 0),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE INDEX rendicion_imports_date ON rendicion_imports (accounting_date, channel);

-- Every detail record of the bank's files, once: a record is keyed by (accounting date, channel, transaction,
-- invoice), so importing a file again or a corrected file of the same day adds only what is new.
CREATE TABLE rendicion_bank_records (
    id {{id}},
    import_id BIGINT NOT NULL REFERENCES rendicion_imports (id),
    line INTEGER NOT NULL CHECK (line >= 1),
    accounting_date TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('CV', 'IN')),
    transaccion TEXT NOT NULL CHECK (length(transaccion) BETWEEN 1 AND 40),
    invoice BIGINT NOT NULL CHECK (invoice >= 0),
    paid_local TEXT,
    debtor_rut TEXT,
    cuota INTEGER,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    branch TEXT,
    payment_means TEXT,
    UNIQUE (accounting_date, channel, transaccion, invoice)
);
CREATE INDEX rendicion_bank_records_transaccion ON rendicion_bank_records (transaccion);

-- Transactions the bank paid but never notified, applied by the reconciliation (flagged as such).
CREATE TABLE rendicion_bank_applications (
    transaccion TEXT PRIMARY KEY,
    import_id BIGINT NOT NULL REFERENCES rendicion_imports (id),
    notification_id BIGINT REFERENCES collection_notifications (id),
    result_code INTEGER NOT NULL,
    applied BOOLEAN NOT NULL,
    detail TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    applied_by TEXT NOT NULL
);

-- The reconciliation of one accounting date, replaced by each import of that date: one row per bank record
-- and per notified payment the bank's files lack. The desktop reads it.
CREATE TABLE rendicion_reconciliation_items (
    id {{id}},
    accounting_date TEXT NOT NULL,
    channel TEXT,
    transaccion TEXT NOT NULL,
    invoice BIGINT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('matched', 'applied_from_bank', 'not_notified', 'missing_in_bank',
                                             'differs')),
    bank_record_id BIGINT REFERENCES rendicion_bank_records (id),
    bank_amount BIGINT,
    our_amount BIGINT,
    bank_accounting_date TEXT,
    our_accounting_date TEXT,
    bank_paid_local TEXT,
    our_paid_local TEXT,
    detail TEXT NOT NULL,
    reconciled_at TEXT NOT NULL
);
CREATE INDEX rendicion_reconciliation_items_date ON rendicion_reconciliation_items (accounting_date);
