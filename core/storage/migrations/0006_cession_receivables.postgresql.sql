-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- PostgreSQL: replaces 0003's CHECKs on receivables by wider ones (source 'cession', state 'withdrawn').
ALTER TABLE receivables DROP CONSTRAINT receivables_state_check;
ALTER TABLE receivables DROP CONSTRAINT receivables_source_check;
-- 0003's unnamed table CHECK tying source to dte_id/document: found by its definition.
DO $$
DECLARE
    name TEXT;
BEGIN
    FOR name IN SELECT conname FROM pg_constraint
                WHERE conrelid = 'receivables'::regclass AND contype = 'c'
                  AND pg_get_constraintdef(oid) LIKE '%cartera%' AND pg_get_constraintdef(oid) LIKE '%dte_id%'
    LOOP
        EXECUTE format('ALTER TABLE receivables DROP CONSTRAINT %I', name);
    END LOOP;
END
$$;
ALTER TABLE receivables ADD CONSTRAINT receivables_state_check
    CHECK (state IN ('pending', 'paid', 'withdrawn'));
ALTER TABLE receivables ADD CONSTRAINT receivables_source_check CHECK (source IN ('dte', 'cartera', 'cession'));
ALTER TABLE receivables ADD CONSTRAINT receivables_source_fields
    CHECK ((source = 'dte' AND dte_id IS NOT NULL AND document IS NULL)
           OR (source = 'cartera' AND dte_id IS NULL AND document IS NOT NULL)
           OR (source = 'cession' AND cession_id IS NOT NULL AND document IS NULL AND emitter_rut IS NOT NULL
               AND tipo IS NOT NULL));
ALTER TABLE receivables ADD CONSTRAINT receivables_withdrawn_by
    CHECK ((state = 'withdrawn') = (withdrawn_by_cession IS NOT NULL));
-- One receivable per ceded document: a re-cession back to the factoring reinstates it.
CREATE UNIQUE INDEX receivables_ceded_document ON receivables (emitter_rut, tipo, folio) WHERE source = 'cession';
CREATE INDEX receivables_cession ON receivables (cession_id);
-- A portfolio row for an invoice the factoring already holds by cession (same debtor and folio) is refused.
CREATE FUNCTION receivables_cartera_not_ceded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.source = 'cartera' AND EXISTS (SELECT 1 FROM receivables WHERE source = 'cession'
                                          AND debtor_rut = NEW.debtor_rut AND folio = NEW.folio
                                          AND state <> 'withdrawn') THEN
        RAISE EXCEPTION 'receivables: this debtor and folio is already owed by an annotated cession';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER receivables_cartera_not_ceded BEFORE INSERT ON receivables
    FOR EACH ROW EXECUTE FUNCTION receivables_cartera_not_ceded();
