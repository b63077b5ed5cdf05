// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// Logging category of core/aec: building, signing and verifying AECs. Never log key material.
Q_DECLARE_LOGGING_CATEGORY(lcAec)
