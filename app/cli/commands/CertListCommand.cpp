// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CertListCommand.h"

#include "ExitCode.h"
#include "crypto/CertificateStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

namespace {
// A certificate this close to its end is flagged, so there is time to renew it before cessions stop.
constexpr qint64 WarningDays = 30;

QString stateOf(const core::CertificateInfo& info, const QDateTime& now)
{
    if (info.notBefore > now)
        return QCoreApplication::translate("CertListCommand", "aún no vigente");
    if (info.notAfter < now)
        return QCoreApplication::translate("CertListCommand", "vencido");
    if (now.daysTo(info.notAfter) <= WarningDays)
        return QCoreApplication::translate("CertListCommand", "vence pronto");
    return QCoreApplication::translate("CertListCommand", "vigente");
}
} // namespace

QString CertListCommand::name() const
{
    return QStringLiteral("cert list");
}

QString CertListCommand::summary() const
{
    return QCoreApplication::translate("CertListCommand", "Lista los certificados del llavero con RUT del titular y vigencia.");
}

void CertListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int CertListCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    core::CertificateStore store(context.secrets(), context.clock());
    auto certificates = store.list();
    if (!certificates)
        return fail(context, certificates.error());
    const QDateTime now = context.clock().nowUtc();
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const core::CertificateInfo& info : std::as_const(certificates.value())) {
            QJsonObject json = info.toJson();
            json.insert(QStringLiteral("state"), stateOf(info, now));
            array.append(json);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Ok;
    }
    for (const core::CertificateInfo& info : std::as_const(certificates.value())) {
        context.out() << info.id.left(16) << "  " << info.holderRut.leftJustified(12) << ' '
                      << info.notAfter.toString(Qt::ISODate).left(10) << "  " << stateOf(info, now).leftJustified(15) << ' '
                      << info.commonName << '\n';
    }
    return ExitCode::Ok;
}

} // namespace factora::cli
