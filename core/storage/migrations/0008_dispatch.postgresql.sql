-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- PostgreSQL: the dispatch attempt log refuses updates and truncation, and deletes outside an active retention
-- purge.
CREATE FUNCTION dispatch_attempts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM dispatch_purges p
                                    WHERE p.active AND OLD.started_at < p.log_cutoff) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'dispatch_attempts is append-only';
END
$$;
CREATE TRIGGER dispatch_attempts_no_change BEFORE UPDATE OR DELETE ON dispatch_attempts
    FOR EACH ROW EXECUTE FUNCTION dispatch_attempts_append_only();
CREATE TRIGGER dispatch_attempts_no_truncate BEFORE TRUNCATE ON dispatch_attempts
    FOR EACH STATEMENT EXECUTE FUNCTION dispatch_attempts_append_only();
