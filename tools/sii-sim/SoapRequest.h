// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace factora::siisim {

/** @brief An rpc/encoded SOAP 1.1 call as the SII's Axis services read it: the operation and its string parameters. */
class SoapRequest
{
public:
    /** @brief Parses @p body (untrusted: core's SafeXmlParser); InvalidInput when it is no SOAP call. */
    static core::Result<SoapRequest> parse(const QByteArray& body);

    /** @brief The operation's local name, e.g. "getEstEnvio". */
    const QString& operation() const { return m_operation; }

    /**
     * @brief The text of the parameter named @p name (local name, case-insensitive), else of the one at @p position
     * (Axis also accepts positional in0, in1 …); a null QString when there is neither.
     */
    QString parameter(const QString& name, int position) const;

private:
    QString m_operation;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace factora::siisim
