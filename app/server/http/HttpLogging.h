// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// "factora.server.http": the Caja Vecina endpoints' access log (info, one line a request, no bodies) and errors.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
