// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "XmlLogging.h"

Q_LOGGING_CATEGORY(lcXml, "factora.core.xml", QtInfoMsg)
