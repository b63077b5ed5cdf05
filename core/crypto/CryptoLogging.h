// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// Logging category of core/crypto. Never log passwords, private keys or PKCS#12 bytes.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
