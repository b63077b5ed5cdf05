// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "HttpLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "factora.server.http", QtInfoMsg)
