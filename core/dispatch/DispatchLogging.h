// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

/// Logging category of the dispatch outbox and its workers: "factora.core.dispatch". Never logs message contents.
Q_DECLARE_LOGGING_CATEGORY(lcDispatch)
