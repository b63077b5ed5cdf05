// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DeliveryLogging.h"

Q_LOGGING_CATEGORY(lcDelivery, "factora.core.delivery", QtInfoMsg)
