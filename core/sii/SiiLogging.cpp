// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiLogging.h"

Q_LOGGING_CATEGORY(lcSii, "factora.core.sii", QtInfoMsg)
