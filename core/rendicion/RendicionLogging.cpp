// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionLogging.h"

Q_LOGGING_CATEGORY(lcRendicion, "factora.core.rendicion", QtInfoMsg)
