// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// Logging category of core/dte: loading, checking and importing DTEs. Never log certificate blobs above debug.
Q_DECLARE_LOGGING_CATEGORY(lcDte)
