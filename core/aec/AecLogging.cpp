// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecLogging.h"

Q_LOGGING_CATEGORY(lcAec, "factora.core.aec", QtInfoMsg)
