// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiEnvioCode.h"

using namespace Qt::StringLiterals;

namespace factora::core {

SiiEnvioCode::SiiEnvioCode(const char* code, SiiEnvioKind kind, const char* meaning)
    : m_code(QString::fromLatin1(code))
    , m_kind(kind)
    , m_meaning(meaning)
{
}

QString SiiEnvioCode::meaning() const
{
    return QCoreApplication::translate("SiiEnvioCode", m_meaning);
}

const QList<SiiEnvioCode>& SiiEnvioCode::all()
{
    using K = SiiEnvioKind;
    static const QList<SiiEnvioCode> codes {
        SiiEnvioCode("UPL", K::Intermediate, QT_TRANSLATE_NOOP("SiiEnvioCode", "Carga del archivo en proceso")),
        SiiEnvioCode("RCP", K::Intermediate, QT_TRANSLATE_NOOP("SiiEnvioCode", "Archivo recibido por el SII")),
        SiiEnvioCode("RSC", K::Rejection,
                     QT_TRANSLATE_NOOP("SiiEnvioCode", "Rechazado por error de esquema del archivo")),
        SiiEnvioCode("SOK", K::Intermediate, QT_TRANSLATE_NOOP("SiiEnvioCode", "Esquema del archivo validado")),
        SiiEnvioCode("RFS", K::Rejection,
                     QT_TRANSLATE_NOOP("SiiEnvioCode", "Rechazado por error en la firma del sobre (DocumentoAEC)")),
        SiiEnvioCode("FSO", K::Intermediate, QT_TRANSLATE_NOOP("SiiEnvioCode", "Firma del sobre validada")),
        SiiEnvioCode("RCR", K::Rejection, QT_TRANSLATE_NOOP("SiiEnvioCode", "Rechazado por error en la carátula")),
        SiiEnvioCode("COK", K::Intermediate, QT_TRANSLATE_NOOP("SiiEnvioCode", "Carátula validada")),
        SiiEnvioCode("VDC", K::Intermediate, QT_TRANSLATE_NOOP("SiiEnvioCode", "Validando el documento cedido")),
        SiiEnvioCode("RDC", K::Rejection,
                     QT_TRANSLATE_NOOP("SiiEnvioCode", "Rechazado: el documento cedido (DTE) no es válido")),
        SiiEnvioCode("VCS", K::Intermediate, QT_TRANSLATE_NOOP("SiiEnvioCode", "Validando las cesiones")),
        SiiEnvioCode("RCS", K::Rejection, QT_TRANSLATE_NOOP("SiiEnvioCode", "Rechazado: la cesión no es válida")),
        SiiEnvioCode("EOK", K::Annotated,
                     QT_TRANSLATE_NOOP("SiiEnvioCode", "Cesión aceptada y anotada en el registro del SII")),
        SiiEnvioCode("EAN", K::Annulled, QT_TRANSLATE_NOOP("SiiEnvioCode", "Envío anulado")),
    };
    return codes;
}

std::optional<SiiEnvioCode> SiiEnvioCode::find(const QString& code)
{
    const QString wanted = code.trimmed();
    for (const SiiEnvioCode& entry : all()) {
        if (entry.m_code == wanted)
            return entry;
    }
    return std::nullopt;
}

SiiEnvioKind SiiEnvioCode::kindOf(const QString& code)
{
    const auto found = find(code);
    return found ? found->kind() : SiiEnvioKind::Unknown;
}

QString SiiEnvioCode::meaningOf(const QString& code)
{
    const auto found = find(code);
    if (found)
        return found->meaning();
    return QCoreApplication::translate("SiiEnvioCode", "Estado de envío «%1» no documentado por el SII")
        .arg(code.trimmed());
}

bool SiiEnvioCode::isFinal(SiiEnvioKind kind)
{
    return kind == SiiEnvioKind::Annotated || kind == SiiEnvioKind::Annulled || kind == SiiEnvioKind::Rejection;
}

QString SiiEnvioCode::kindName(SiiEnvioKind kind)
{
    switch (kind) {
    case SiiEnvioKind::Intermediate:
        return u"intermediate"_s;
    case SiiEnvioKind::Annotated:
        return u"annotated"_s;
    case SiiEnvioKind::Annulled:
        return u"annulled"_s;
    case SiiEnvioKind::Rejection:
        return u"rejection"_s;
    case SiiEnvioKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString SiiEnvioCode::headerEstadoMeaning(const QString& estado)
{
    bool numeric = false;
    const int value = estado.trimmed().toInt(&numeric);
    if (numeric) {
        switch (value) {
        case 0:
            return QCoreApplication::translate("SiiEnvioCode", "Consulta correcta");
        case 1:
            return QCoreApplication::translate("SiiEnvioCode", "Error en los datos de la consulta");
        case 2:
            return QCoreApplication::translate("SiiEnvioCode", "No encontrado en el SII");
        case 3:
            return QCoreApplication::translate("SiiEnvioCode", "Token inactivo");
        case 4:
            return QCoreApplication::translate("SiiEnvioCode", "Token inexistente");
        case 5:
            return QCoreApplication::translate("SiiEnvioCode", "Error de autenticación");
        case 6:
        case 7:
        case 8:
            return QCoreApplication::translate("SiiEnvioCode", "Error interno del SII");
        case 9:
            return QCoreApplication::translate("SiiEnvioCode", "El SII no pudo obtener los permisos del usuario");
        case 10:
            return QCoreApplication::translate("SiiEnvioCode", "El usuario no tiene permiso sobre la empresa");
        case -15:
            return QCoreApplication::translate("SiiEnvioCode",
                                               "La empresa consultada no está relacionada con el documento");
        default:
            break;
        }
    }
    return QCoreApplication::translate("SiiEnvioCode", "ESTADO «%1» no documentado por el SII").arg(estado.trimmed());
}

} // namespace factora::core
