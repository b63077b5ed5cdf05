-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- SQLite: operation events refuse updates and deletes.
CREATE TRIGGER operation_events_no_update BEFORE UPDATE ON operation_events
BEGIN
    SELECT RAISE(ABORT, 'operation_events is append-only');
END;
CREATE TRIGGER operation_events_no_delete BEFORE DELETE ON operation_events
BEGIN
    SELECT RAISE(ABORT, 'operation_events is append-only');
END;
