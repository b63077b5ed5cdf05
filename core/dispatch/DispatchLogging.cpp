// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchLogging.h"

Q_LOGGING_CATEGORY(lcDispatch, "factora.core.dispatch", QtInfoMsg)
