// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteLogging.h"

Q_LOGGING_CATEGORY(lcDte, "factora.core.dte", QtInfoMsg)
