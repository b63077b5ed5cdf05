// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Section.h"

#include "Resources.h"
#include "security/Permission.h"
#include "security/UserSession.h"

#include <QCoreApplication>

#include <initializer_list>

namespace factora::ui {

namespace {

    bool hasAny(const core::UserSession& session, std::initializer_list<QLatin1StringView> permissions)
    {
        for (QLatin1StringView permission : permissions) {
            if (session.has(permission))
                return true;
        }
        return false;
    }

} // namespace

QList<Section> allSections()
{
    return { Section::Home,        Section::Dtes,     Section::Operations,     Section::Cessions,
             Section::Collections, Section::Dispatch, Section::Administration, Section::Audit };
}

QString sectionCode(Section section)
{
    switch (section) {
    case Section::Home:
        return QStringLiteral("home");
    case Section::Dtes:
        return QStringLiteral("dtes");
    case Section::Operations:
        return QStringLiteral("operations");
    case Section::Cessions:
        return QStringLiteral("cessions");
    case Section::Collections:
        return QStringLiteral("collections");
    case Section::Dispatch:
        return QStringLiteral("dispatch");
    case Section::Administration:
        return QStringLiteral("administration");
    case Section::Audit:
        return QStringLiteral("audit");
    }
    return {};
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Home:
        return QCoreApplication::translate("Section", "Inicio");
    case Section::Dtes:
        return QCoreApplication::translate("Section", "DTEs");
    case Section::Operations:
        return QCoreApplication::translate("Section", "Operaciones");
    case Section::Cessions:
        return QCoreApplication::translate("Section", "Cesiones");
    case Section::Collections:
        return QCoreApplication::translate("Section", "Cobranza");
    case Section::Dispatch:
        return QCoreApplication::translate("Section", "Despacho");
    case Section::Administration:
        return QCoreApplication::translate("Section", "Administración");
    case Section::Audit:
        return QCoreApplication::translate("Section", "Auditoría");
    }
    return {};
}

QString sectionDescription(Section section)
{
    switch (section) {
    case Section::Home:
        return QCoreApplication::translate("Section", "Su usuario, su rol y las empresas con que trabaja.");
    case Section::Dtes:
        return QCoreApplication::translate(
            "Section",
            "Los documentos tributarios electrónicos (facturas 33, 34, 43 y 46) cargados desde sus "
            "archivos XML, con la validación de su esquema y de la firma del emisor.");
    case Section::Operations:
        return QCoreApplication::translate(
            "Section",
            "Las operaciones de factoring: los DTE que cada cedente ofrece, el visto bueno o el rechazo "
            "de cada uno y el número de operación.");
    case Section::Cessions:
        return QCoreApplication::translate(
            "Section",
            "Las cesiones electrónicas (AEC) firmadas y enviadas al SII, con su TRACKID, su estado y los "
            "acuses de recibo.");
    case Section::Collections:
        return QCoreApplication::translate(
            "Section",
            "Los pagos recibidos por Caja Vecina y por la web del banco, las rendiciones diarias y su "
            "conciliación con el archivo del banco.");
    case Section::Dispatch:
        return QCoreApplication::translate(
            "Section",
            "El envío de las facturas cedidas a sus deudores por correo electrónico y SMS, con el "
            "registro de cada intento.");
    case Section::Administration:
        return QCoreApplication::translate(
            "Section", "Las empresas clientes, los usuarios y sus roles, la marca y la configuración compartida.");
    case Section::Audit:
        return QCoreApplication::translate(
            "Section", "El registro de auditoría: quién hizo qué y cuándo, y la verificación de su integridad.");
    }
    return {};
}

QIcon sectionIcon(Section section)
{
    return Resources::icon(sectionCode(section));
}

bool sectionVisibleTo(Section section, const core::UserSession& session)
{
    using namespace core;
    switch (section) {
    case Section::Home:
        return true;
    case Section::Dtes:
    case Section::Operations:
        return hasAny(session, { Permission::DteImport, Permission::DteApprove });
    case Section::Cessions:
        return hasAny(session, { Permission::CessionSign, Permission::DteApprove });
    case Section::Collections:
    case Section::Dispatch:
        return session.has(Permission::CollectionsRead);
    case Section::Administration:
        return hasAny(session, { Permission::CompaniesManage, Permission::UsersManage, Permission::SettingsManage });
    case Section::Audit:
        return session.has(Permission::AuditRead);
    }
    return false;
}

} // namespace factora::ui
