// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InternalApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "factora.server.api", QtInfoMsg)
