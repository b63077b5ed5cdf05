-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- SQLite: the dispatch attempt log refuses updates, and deletes outside an active retention purge.
CREATE TRIGGER dispatch_attempts_no_update BEFORE UPDATE ON dispatch_attempts
BEGIN
    SELECT RAISE(ABORT, 'dispatch_attempts is append-only');
END;
CREATE TRIGGER dispatch_attempts_no_delete BEFORE DELETE ON dispatch_attempts
WHEN NOT EXISTS (SELECT 1 FROM dispatch_purges p WHERE p.active AND old.started_at < p.log_cutoff)
BEGIN
    SELECT RAISE(ABORT, 'dispatch_attempts is append-only');
END;
