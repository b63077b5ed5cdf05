// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Dte.h"

#include <QJsonArray>

namespace factora::core {

QString Dte::naturalKey() const
{
    return QStringLiteral("%1/%2/%3").arg(m_emisor.rut).arg(m_tipo).arg(m_folio);
}

QJsonObject Dte::toJson() const
{
    QJsonArray pagos;
    for (const DtePayment& pago : m_pagos)
        pagos.append(pago.toJson());
    return {
        { QStringLiteral("source"), m_sourceName },
        { QStringLiteral("index"), m_index },
        { QStringLiteral("container"), m_container },
        { QStringLiteral("line"), m_line },
        { QStringLiteral("byte_offset"), static_cast<qint64>(m_byteOffset) },
        { QStringLiteral("byte_length"), static_cast<qint64>(m_xml.size()) },
        { QStringLiteral("sha256"), m_sha256Hex },
        { QStringLiteral("encoding"), m_encoding },
        { QStringLiteral("documento_id"), m_documentId },
        { QStringLiteral("tipo"), m_tipo },
        { QStringLiteral("folio"), m_folio },
        { QStringLiteral("fecha_emision"), m_fechaEmision.toString(Qt::ISODate) },
        { QStringLiteral("fecha_vencimiento"),
          m_fechaVencimiento.isValid() ? QJsonValue(m_fechaVencimiento.toString(Qt::ISODate))
                                       : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("pagos"), pagos },
        { QStringLiteral("emisor"), m_emisor.toJson() },
        { QStringLiteral("receptor"), m_receptor.toJson() },
        { QStringLiteral("montos"), m_montos.toJson() },
        { QStringLiteral("ted"), m_ted.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_tedText) },
        { QStringLiteral("certificate_der_bytes"), static_cast<qint64>(m_certificateDer.size()) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings) },
        { QStringLiteral("problems"), QJsonArray::fromStringList(m_problems) },
        { QStringLiteral("complete"), isComplete() },
    };
}

} // namespace factora::core
