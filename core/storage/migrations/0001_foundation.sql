-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Foundation: companies, users, roles and permissions, memberships, settings, the audit log.
-- Shared by SQLite and PostgreSQL. {{id}} is the engine's identity primary key.
-- Instants are TEXT in UTC ISO 8601 with milliseconds (see SqlTimestamp); RUTs are canonical "76354771-K".

CREATE TABLE companies (
    id {{id}},
    rut TEXT NOT NULL UNIQUE,
    razon_social TEXT NOT NULL CHECK (length(razon_social) BETWEEN 1 AND 100),
    giro TEXT,
    direccion TEXT,
    comuna TEXT,
    email TEXT,
    telefono TEXT,
    is_factoring BOOLEAN NOT NULL DEFAULT FALSE,
    is_cedente BOOLEAN NOT NULL DEFAULT FALSE,
    is_debtor BOOLEAN NOT NULL DEFAULT FALSE,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- There is one factoring: the company that runs Factora.
CREATE UNIQUE INDEX companies_one_factoring ON companies (is_factoring) WHERE is_factoring;

CREATE TABLE roles (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE permissions (
    code TEXT PRIMARY KEY,
    description TEXT NOT NULL
);

CREATE TABLE role_permissions (
    role_code TEXT NOT NULL REFERENCES roles (code),
    permission_code TEXT NOT NULL REFERENCES permissions (code),
    PRIMARY KEY (role_code, permission_code)
);

CREATE TABLE users (
    id {{id}},
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    email TEXT,
    role_code TEXT NOT NULL REFERENCES roles (code),
    password_hash TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_login_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE memberships (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES companies (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, company_id)
);
CREATE INDEX memberships_company ON memberships (company_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Append-only and hash-chained: hash = SHA-256(prev_hash and this row's fields), see AuditLog.
CREATE TABLE audit_log (
    id {{id}},
    occurred_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    company_id BIGINT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

-- The chain's head: the last row's id and hash and the row count, so a deleted tail is noticed too.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL,
    row_count BIGINT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash, row_count)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

INSERT INTO roles (code, name) VALUES
    ('admin', 'Administrador'),
    ('ejecutivo', 'Ejecutivo'),
    ('cedente', 'Cedente');

INSERT INTO permissions (code, description) VALUES
    ('companies.read_all', 'Ver todas las empresas, no solo las propias'),
    ('companies.read', 'Ver las empresas a las que pertenece'),
    ('companies.manage', 'Crear, habilitar y deshabilitar empresas'),
    ('users.manage', 'Crear y administrar usuarios, roles y membresías'),
    ('settings.manage', 'Cambiar la configuración compartida'),
    ('audit.read', 'Leer y verificar el registro de auditoría'),
    ('dte.import', 'Cargar DTE'),
    ('dte.approve', 'Dar o negar el visto bueno a DTE ofrecidos'),
    ('cession.sign', 'Firmar y enviar cesiones'),
    ('collections.read', 'Ver cobranza, pagos y rendiciones');

INSERT INTO role_permissions (role_code, permission_code) VALUES
    ('admin', 'companies.read_all'),
    ('admin', 'companies.read'),
    ('admin', 'companies.manage'),
    ('admin', 'users.manage'),
    ('admin', 'settings.manage'),
    ('admin', 'audit.read'),
    ('admin', 'collections.read'),
    ('ejecutivo', 'companies.read_all'),
    ('ejecutivo', 'companies.read'),
    ('ejecutivo', 'dte.import'),
    ('ejecutivo', 'dte.approve'),
    ('ejecutivo', 'collections.read'),
    ('cedente', 'companies.read'),
    ('cedente', 'dte.import'),
    ('cedente', 'cession.sign');
