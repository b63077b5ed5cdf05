// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "HomePage.h"

#include "security/Permission.h"
#include "security/UserSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace factora::ui {

HomePage::HomePage(const core::UserSession& session, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("homePage"));

    auto* heading = new QLabel(tr("Hola, %1").arg(session.displayName().toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("homeHeadingLabel"));
    heading->setTextFormat(Qt::RichText);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    const auto value = [this](const QString& text, const char* objectName) {
        auto* label = new QLabel(text, this);
        label->setObjectName(QLatin1StringView(objectName));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("Usuario:"), value(session.username(), "homeUserValue"));
    form->addRow(tr("Nombre:"), value(session.displayName(), "homeNameValue"));
    form->addRow(tr("Rol:"), value(core::roleDisplayName(session.role()), "homeRoleValue"));
    form->addRow(tr("Empresas:"), value(companiesText(session), "homeCompaniesValue"));

    auto* hint = new QLabel(tr("Elija una sección en la lista de la izquierda."), this);
    hint->setObjectName(QStringLiteral("homeHintLabel"));
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
}

QString HomePage::companiesText(const core::UserSession& session)
{
    if (session.has(core::Permission::CompaniesReadAll))
        return tr("Todas las empresas clientes");
    return QString::number(session.companyIds().size());
}

} // namespace factora::ui
