// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CryptoLogging.h"

Q_LOGGING_CATEGORY(lcCrypto, "factora.core.crypto", QtInfoMsg)
