// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionLogging.h"

Q_LOGGING_CATEGORY(lcCession, "factora.core.cession", QtInfoMsg)
