-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Cessions submitted to the SII's registry (RPETC): each AEC with its state, every transition, every raw answer
-- of the SII (the acuses) and the notifications the desktop shows. Shared by SQLite and PostgreSQL. {{id}} is the
-- engine's identity key, {{blob}} its binary type. Instants are TEXT in UTC ISO 8601 (SqlTimestamp); RUTs are
-- canonical ("76354771-K"); amounts whole pesos. States and transitions: docs/cessions.md (CessionState).

CREATE TABLE cessions (
    id {{id}},
    -- The ceded DTE when it is stored in dtes; the AEC carries it in any case.
    dte_id BIGINT REFERENCES dtes (id),
    emitter_rut TEXT NOT NULL,
    tipo INTEGER NOT NULL CHECK (tipo > 0),
    folio BIGINT NOT NULL CHECK (folio > 0),
    -- SeqCesion of the cession this AEC adds (its last Cesion).
    seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 40),
    cedente_rut TEXT NOT NULL,
    cesionario_rut TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    -- The AEC exactly as signed and uploaded, and the hex SHA-256 of those bytes.
    aec {{blob}} NOT NULL,
    aec_sha256 TEXT NOT NULL CHECK (length(aec_sha256) = 64),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    -- "certificacion", "produccion" or the base URL of another SII (the simulator).
    environment TEXT NOT NULL CHECK (length(environment) BETWEEN 1 AND 300),
    email_notif TEXT,
    -- Kept as text: the SII zero-pads it.
    track_id TEXT CHECK (track_id IS NULL OR length(track_id) BETWEEN 1 AND 40),
    state TEXT NOT NULL CHECK (state IN ('built', 'signed', 'submitting', 'submitted', 'received', 'annotated',
                                         'rejected', 'annulled')),
    -- The SII's last code (upload STATUS as "STATUS n", or ESTADO_ENVIO) and its meaning.
    sii_code TEXT,
    sii_message TEXT,
    -- How many uploads were started (1 for the first, +1 for each explicit resubmission or recovery re-upload).
    upload_count INTEGER NOT NULL DEFAULT 0 CHECK (upload_count >= 0),
    submitting_since TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    -- The same AEC is recorded once per environment, so it can never be submitted twice by accident.
    UNIQUE (environment, aec_sha256),
    -- A cession the SII received has its TRACKID; one being uploaded records when the upload began.
    CHECK (state NOT IN ('submitted', 'received') OR track_id IS NOT NULL),
    CHECK (state <> 'submitting' OR submitting_since IS NOT NULL),
    CHECK (state NOT IN ('built', 'signed') OR track_id IS NULL)
);
CREATE UNIQUE INDEX cessions_track_id ON cessions (environment, track_id) WHERE track_id IS NOT NULL;
CREATE INDEX cessions_document ON cessions (emitter_rut, tipo, folio);
CREATE INDEX cessions_state ON cessions (state);
CREATE INDEX cessions_dte ON cessions (dte_id);

-- Every transition of every cession (append-only): from (NULL when recorded), to, when, who and why.
CREATE TABLE cession_events (
    id {{id}},
    cession_id BIGINT NOT NULL REFERENCES cessions (id),
    from_state TEXT CHECK (from_state IS NULL OR from_state IN ('built', 'signed', 'submitting', 'submitted',
                                                                 'received', 'annotated', 'rejected', 'annulled')),
    to_state TEXT NOT NULL CHECK (to_state IN ('built', 'signed', 'submitting', 'submitted', 'received',
                                               'annotated', 'rejected', 'annulled')),
    sii_code TEXT,
    track_id TEXT,
    occurred_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    CHECK (from_state IS NULL OR from_state <> to_state)
);
CREATE INDEX cession_events_cession ON cession_events (cession_id, id);

-- Every answer of the SII about a cession, byte for byte as received (the inner XML of a SOAP answer, the
-- RECEPCIONAEC of an upload), with the code read from it (append-only).
CREATE TABLE sii_answers (
    id {{id}},
    cession_id BIGINT NOT NULL REFERENCES cessions (id),
    kind TEXT NOT NULL CHECK (kind IN ('upload', 'envio', 'cesion')),
    track_id TEXT,
    raw {{blob}} NOT NULL,
    code TEXT NOT NULL,
    description TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX sii_answers_cession ON sii_answers (cession_id, id);

-- What the desktop shows: a cession annotated, rejected or annulled. read_at is set when someone read it.
CREATE TABLE cession_notifications (
    id {{id}},
    cession_id BIGINT NOT NULL REFERENCES cessions (id),
    kind TEXT NOT NULL CHECK (kind IN ('annotated', 'rejected', 'annulled')),
    message TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX cession_notifications_unread ON cession_notifications (read_at, id);

INSERT INTO permissions (code, description) VALUES
    ('cession.resubmit', 'Reenviar al SII una cesión rechazada');
INSERT INTO role_permissions (role_code, permission_code) VALUES
    ('admin', 'cession.sign'),
    ('admin', 'cession.resubmit'),
    ('ejecutivo', 'cession.sign'),
    ('ejecutivo', 'cession.resubmit');
