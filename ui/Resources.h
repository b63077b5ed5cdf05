// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

namespace factora::ui {

/** @brief The desktop program's images, compiled from resources/factora.qrc into factora_ui. */
class Resources
{
public:
    /** @brief Registers the images with Qt's resource system; idempotent, called by every top-level widget. */
    static void initialize();

    /** @brief The icon resources/icons/<name>.svg, e.g. "lock". */
    static QIcon icon(const QString& name);

    /** @brief Factora's logo, @p size logical pixels square, rendered sharp for @p devicePixelRatio. */
    static QPixmap logo(int size, qreal devicePixelRatio);
};

} // namespace factora::ui
