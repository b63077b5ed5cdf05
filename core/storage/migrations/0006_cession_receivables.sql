-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Receivables born from annotated cessions (docs/cessions.md, "What an annotation makes collectable"): the ceded
-- document's identity (emitter, tipo; folio is already there), the annotated cession that made it collectable, and
-- the cession that took it away from the factoring (state 'withdrawn'). The engine-only companions widen the CHECKs
-- of 0003 (source 'cession', state 'withdrawn') and add the indexes. Shared by SQLite and PostgreSQL.
ALTER TABLE receivables ADD COLUMN emitter_rut TEXT;
ALTER TABLE receivables ADD COLUMN tipo INTEGER;
ALTER TABLE receivables ADD COLUMN cession_id BIGINT REFERENCES cessions (id);
ALTER TABLE receivables ADD COLUMN withdrawn_by_cession BIGINT REFERENCES cessions (id);
