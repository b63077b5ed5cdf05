// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// Logging category of core/sii: requests to and answers from the SII. Never log tokens, seeds' signatures or keys.
Q_DECLARE_LOGGING_CATEGORY(lcSii)
