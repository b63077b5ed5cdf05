// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>
#include <QStringList>

namespace factora::core {

/** @brief One schema step: its version, name, the statements for one engine and their checksum. */
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    QString checksum; ///< SHA-256 (hex) of the migration's source files as shipped, engine-specific
};

} // namespace factora::core
