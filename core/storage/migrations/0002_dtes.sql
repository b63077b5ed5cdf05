-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- DTEs: the electronic invoices Factora has loaded, with their exact bytes, their checks and their state.
-- Shared by SQLite and PostgreSQL. {{id}} is the engine's identity key, {{blob}} its binary type.
-- Instants are TEXT in UTC ISO 8601 with milliseconds (SqlTimestamp); dates are TEXT 'YYYY-MM-DD';
-- RUTs are canonical ("76354771-K"); amounts are whole pesos.

CREATE TABLE dtes (
    id {{id}},
    -- The company of the emitter, when Factora knows it (a cedente's DTE always has one).
    company_id BIGINT REFERENCES companies (id),
    emitter_rut TEXT NOT NULL,
    tipo INTEGER NOT NULL CHECK (tipo > 0),
    folio BIGINT NOT NULL CHECK (folio > 0),
    receiver_rut TEXT NOT NULL,
    emitter_name TEXT NOT NULL,
    emitter_address TEXT,
    emitter_comuna TEXT,
    receiver_name TEXT NOT NULL,
    receiver_address TEXT,
    receiver_comuna TEXT,
    fecha_emision TEXT NOT NULL,
    fecha_vencimiento TEXT,
    monto_neto BIGINT,
    monto_exento BIGINT,
    monto_iva BIGINT,
    monto_total BIGINT NOT NULL,
    -- The DTE element exactly as it stood in the file (embedded byte for byte in an AEC), in xml_encoding.
    xml {{blob}} NOT NULL,
    xml_encoding TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    documento_id TEXT NOT NULL,
    source_file TEXT NOT NULL,
    -- Lifecycle: loaded, then offered to the factoring, approved or rejected by it, and ceded.
    state TEXT NOT NULL DEFAULT 'loaded' CHECK (state IN ('loaded', 'offered', 'approved', 'rejected', 'ceded')),
    -- What the checks found at import (docs/dte.md): schema DTE_v10.xsd, the signature strictly and the SII's way.
    schema_ok BOOLEAN NOT NULL,
    signature_strict_ok BOOLEAN NOT NULL,
    signature_sii_ok BOOLEAN NOT NULL,
    certificate_sha256 TEXT,
    certificate_holder_rut TEXT,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (emitter_rut, tipo, folio)
);
CREATE INDEX dtes_company ON dtes (company_id);
CREATE INDEX dtes_receiver ON dtes (receiver_rut);
CREATE INDEX dtes_state ON dtes (state);

-- The DTE's payment schedule (MntPagos), in document order.
CREATE TABLE dte_payments (
    dte_id BIGINT NOT NULL REFERENCES dtes (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    fecha_pago TEXT NOT NULL,
    monto BIGINT NOT NULL,
    glosa TEXT,
    PRIMARY KEY (dte_id, seq)
);
