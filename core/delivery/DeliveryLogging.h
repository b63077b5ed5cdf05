// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

/// Logging category of the delivery module (FTP, SFTP, SMTP): "factora.core.delivery". Never logs secrets.
Q_DECLARE_LOGGING_CATEGORY(lcDelivery)
