// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

/// Logging category of the collection module: "factora.core.collection".
Q_DECLARE_LOGGING_CATEGORY(lcCollection)
