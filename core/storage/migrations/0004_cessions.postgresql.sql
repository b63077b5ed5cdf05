-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- PostgreSQL: cession events and SII answers refuse updates, deletes and truncation.
CREATE FUNCTION cession_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER cession_events_no_change BEFORE UPDATE OR DELETE ON cession_events
    FOR EACH ROW EXECUTE FUNCTION cession_history_append_only();
CREATE TRIGGER cession_events_no_truncate BEFORE TRUNCATE ON cession_events
    FOR EACH STATEMENT EXECUTE FUNCTION cession_history_append_only();
CREATE TRIGGER sii_answers_no_change BEFORE UPDATE OR DELETE ON sii_answers
    FOR EACH ROW EXECUTE FUNCTION cession_history_append_only();
CREATE TRIGGER sii_answers_no_truncate BEFORE TRUNCATE ON sii_answers
    FOR EACH STATEMENT EXECUTE FUNCTION cession_history_append_only();
