-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- PostgreSQL: operation events refuse updates, deletes and truncation.
CREATE FUNCTION operation_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER operation_events_no_change BEFORE UPDATE OR DELETE ON operation_events
    FOR EACH ROW EXECUTE FUNCTION operation_events_append_only();
CREATE TRIGGER operation_events_no_truncate BEFORE TRUNCATE ON operation_events
    FOR EACH STATEMENT EXECUTE FUNCTION operation_events_append_only();
