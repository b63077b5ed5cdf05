-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- Several factora-server processes on one database (docs/operator-guide.md#several-servers-on-one-postgresql):
-- the database, not each server's folder or timer, decides who does the daily rendición and who asks the SII.

-- One rendición per accounting date and channel: the server whose row goes in generates and delivers the file;
-- every other server (and factora-cli) finds the row and leaves the day alone. Before this migration each server
-- recorded its own copy; only the newest row of each day and channel is kept (the audit log keeps every
-- rendicion.generate entry).
DELETE FROM rendiciones_generated
WHERE id NOT IN (SELECT MAX(id) FROM rendiciones_generated GROUP BY accounting_date, channel);
DROP INDEX rendiciones_generated_date;
CREATE UNIQUE INDEX rendiciones_generated_day ON rendiciones_generated (accounting_date, channel);

-- When a server's SII poller last claimed the cession for one call to the SII (UTC ISO 8601, SqlTimestamp); a
-- cession is claimed again only cession/poll_seconds later, so each TRACKID is asked about once per interval
-- whatever the number of servers (CessionService::claimSiiPoll).
ALTER TABLE cessions ADD COLUMN sii_polled_at TEXT;
