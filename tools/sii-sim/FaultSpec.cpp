// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FaultSpec.h"

#include <QStringList>

namespace factora::siisim {

using core::Error;
using core::ErrorCode;

core::Result<FaultSpec> FaultSpec::parse(const QString& spec)
{
    const QStringList parts = spec.split(u':');
    auto invalid = [&spec](const QString& why) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("FaultSpec", "--fault %1: %2").arg(spec, why));
    };
    if (parts.size() < 2)
        return invalid(QCoreApplication::translate("FaultSpec", "se espera OBJETIVO:TIPO[:MS][:CANTIDAD]."));
    FaultSpec fault;
    const QString target = parts.at(0);
    if (target == u"seed")
        fault.target = Target::Seed;
    else if (target == u"token")
        fault.target = Target::Token;
    else if (target == u"upload")
        fault.target = Target::Upload;
    else if (target == u"status")
        fault.target = Target::Status;
    else if (target == u"any")
        fault.target = Target::Any;
    else
        return invalid(
            QCoreApplication::translate("FaultSpec", "el objetivo «%1» no existe (seed, token, upload, status, any).")
                .arg(target));
    const QString kind = parts.at(1);
    int next = 2;
    if (kind == u"http500")
        fault.kind = Kind::Http500;
    else if (kind == u"error500-body")
        fault.kind = Kind::Error500Body;
    else if (kind == u"html")
        fault.kind = Kind::Html;
    else if (kind == u"empty")
        fault.kind = Kind::Empty;
    else if (kind == u"drop")
        fault.kind = Kind::Drop;
    else if (kind == u"token-expire")
        fault.kind = Kind::TokenExpire;
    else if (kind == u"slow") {
        fault.kind = Kind::Slow;
        bool ok = false;
        fault.delayMs = parts.value(2).toInt(&ok);
        if (!ok || fault.delayMs < 0 || fault.delayMs > 600000)
            return invalid(QCoreApplication::translate("FaultSpec", "slow necesita los milisegundos (0 a 600000)."));
        next = 3;
    } else {
        return invalid(QCoreApplication::translate("FaultSpec",
                                                   "el tipo «%1» no existe (http500, error500-body, html, empty, "
                                                   "slow:MS, drop, token-expire).")
                           .arg(kind));
    }
    if (fault.kind == Kind::TokenExpire && fault.target != Target::Token && fault.target != Target::Any)
        return invalid(QCoreApplication::translate("FaultSpec", "token-expire solo aplica a token o any."));
    if (parts.size() > next + 1)
        return invalid(QCoreApplication::translate("FaultSpec", "sobran partes después de la cantidad."));
    if (parts.size() == next + 1) {
        bool ok = false;
        fault.count = parts.at(next).toInt(&ok);
        if (!ok || fault.count < 1)
            return invalid(QCoreApplication::translate("FaultSpec", "la cantidad «%1» no es un entero positivo.")
                               .arg(parts.at(next)));
    }
    return fault;
}

bool FaultSpec::matches(Target requestTarget) const
{
    if (kind == Kind::TokenExpire)
        return requestTarget == Target::Token;
    return target == Target::Any || target == requestTarget;
}

} // namespace factora::siisim
