// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// "factora.server.api": the internal HTTP API's access log (info, one line a request, no bodies, no token) and errors.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
