// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// Logging category of core/cession: cession records, their transitions and their SII answers. Never log tokens.
Q_DECLARE_LOGGING_CATEGORY(lcCession)
