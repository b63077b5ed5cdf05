// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Resources.h"

#include <QPainter>
#include <QSvgRenderer>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace; referencing it also keeps the linker from dropping the
// resource object out of the static factora_ui.
static void initializeFactoraResources()
{
    Q_INIT_RESOURCE(factora);
}

namespace factora::ui {

void Resources::initialize()
{
    static std::once_flag once;
    std::call_once(once, initializeFactoraResources);
}

QIcon Resources::icon(const QString& name)
{
    initialize();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QPixmap Resources::logo(int size, qreal devicePixelRatio)
{
    initialize();
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(QStringLiteral(":/logo/factora.svg"));
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace factora::ui
