// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

/// Logging category of the rendición module: "factora.core.rendicion".
Q_DECLARE_LOGGING_CATEGORY(lcRendicion)
