// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionLogging.h"

Q_LOGGING_CATEGORY(lcCollection, "factora.core.collection", QtInfoMsg)
