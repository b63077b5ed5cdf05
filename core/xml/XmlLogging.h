// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// Logging category of core/xml: libxml2 and xmlsec1 setup, refused external resources, library diagnostics.
Q_DECLARE_LOGGING_CATEGORY(lcXml)
