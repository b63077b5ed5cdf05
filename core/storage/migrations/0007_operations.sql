-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Operations: the DTEs a cedente offers to the factoring for its visto bueno, the executive's decision on each, and
-- their append-only history. Shared by SQLite and PostgreSQL. {{id}} is the engine's identity key. Instants are
-- TEXT in UTC ISO 8601 (SqlTimestamp). Rules: docs/operations.md (OperationService).

-- One operation of a client company. Its number is what people and the bank's system call it; the executive may
-- change it ("actualizar número"), so rows and history refer to the id. Open while a DTE awaits the visto bueno,
-- closed when every DTE of it was approved or rejected.
CREATE TABLE operations (
    id {{id}},
    number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 30),
    company_id BIGINT NOT NULL REFERENCES companies (id),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX operations_company ON operations (company_id, state);
CREATE INDEX operations_state ON operations (state);

-- Which DTE was offered in which operation, and the decision on it. A DTE rejected in one operation may be offered
-- again in another; its earlier row stays, rejected.
CREATE TABLE operation_dtes (
    operation_id BIGINT NOT NULL REFERENCES operations (id),
    dte_id BIGINT NOT NULL REFERENCES dtes (id),
    state TEXT NOT NULL DEFAULT 'offered' CHECK (state IN ('offered', 'approved', 'rejected')),
    reason TEXT,
    offered_by TEXT NOT NULL,
    offered_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    PRIMARY KEY (operation_id, dte_id),
    CHECK ((state = 'offered') = (decided_at IS NULL)),
    CHECK (state <> 'rejected' OR (reason IS NOT NULL AND length(trim(reason)) > 0))
);
-- A DTE awaits or holds the visto bueno in at most one operation, whatever the code does.
CREATE UNIQUE INDEX operation_dtes_one_open ON operation_dtes (dte_id) WHERE state IN ('offered', 'approved');
CREATE INDEX operation_dtes_dte ON operation_dtes (dte_id);

-- Every change of every operation (append-only): created, a DTE offered, approved or rejected (with the reason),
-- renumbered (old and new number), closed; who and when.
CREATE TABLE operation_events (
    id {{id}},
    operation_id BIGINT NOT NULL REFERENCES operations (id),
    dte_id BIGINT REFERENCES dtes (id),
    kind TEXT NOT NULL CHECK (kind IN ('created', 'offered', 'approved', 'rejected', 'renumbered', 'closed')),
    reason TEXT,
    old_number TEXT,
    new_number TEXT,
    actor TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    CHECK ((kind IN ('offered', 'approved', 'rejected')) = (dte_id IS NOT NULL)),
    CHECK (kind <> 'rejected' OR (reason IS NOT NULL AND length(trim(reason)) > 0)),
    CHECK (kind <> 'renumbered' OR (old_number IS NOT NULL AND new_number IS NOT NULL))
);
CREATE INDEX operation_events_operation ON operation_events (operation_id, id);
CREATE INDEX operation_events_dte ON operation_events (dte_id, id);
