-- SPDX-License-Identifier: LicenseRef-Factora-Proprietary
-- The collection and notification channels agreed (convenio) with each client company: payments at a Caja Vecina,
-- invoices sent to its debtors by e-mail and by SMS. Off until an administrator turns them on.
ALTER TABLE companies ADD COLUMN channel_caja_vecina BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE companies ADD COLUMN channel_email BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE companies ADD COLUMN channel_sms BOOLEAN NOT NULL DEFAULT FALSE;
