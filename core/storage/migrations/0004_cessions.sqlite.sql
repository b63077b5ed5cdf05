-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- SQLite: cession events and SII answers refuse updates and deletes.
CREATE TRIGGER cession_events_no_update BEFORE UPDATE ON cession_events
BEGIN
    SELECT RAISE(ABORT, 'cession_events is append-only');
END;
CREATE TRIGGER cession_events_no_delete BEFORE DELETE ON cession_events
BEGIN
    SELECT RAISE(ABORT, 'cession_events is append-only');
END;
CREATE TRIGGER sii_answers_no_update BEFORE UPDATE ON sii_answers
BEGIN
    SELECT RAISE(ABORT, 'sii_answers is append-only');
END;
CREATE TRIGGER sii_answers_no_delete BEFORE DELETE ON sii_answers
BEGIN
    SELECT RAISE(ABORT, 'sii_answers is append-only');
END;
