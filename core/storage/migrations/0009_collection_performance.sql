-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Collection performance (issue 5, docs/collection.md): the debt query reads a debtor's pending receivables oldest
-- due first, then by id, at most five. This partial index holds exactly those rows in exactly that order, so the
-- lookup is one index range scan that stops after five entries, with no sort, and paid or withdrawn receivables
-- (most of a long-standing debtor's) are not in it. Shared by SQLite and PostgreSQL.
CREATE INDEX receivables_pending_by_due ON receivables (debtor_rut, due_date, id) WHERE state = 'pending';
