// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionsLoader.h"

#include "audit/AuditLog.h"
#include "collection/CartaGuiaExporter.h"
#include "delivery/DeliverySettings.h"
#include "delivery/FileDeliverer.h"
#include "rendicion/RendicionSettings.h"
#include "secrets/FileSecretStore.h"
#include "secrets/UnavailableSecretStore.h"
#include "security/Actor.h"
#include "security/Permission.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace factora::ui {

namespace {
    // Runs @p work on the thread pool and releases that thread's connection afterwards.
    template <typename T, typename Work>
    QFuture<T> runWithConnection(std::shared_ptr<core::Database> database, Work work)
    {
        return QtConcurrent::run([database = std::move(database), work = std::move(work)]() {
            T result = work(*database);
            database->releaseThreadConnection();
            return result;
        });
    }

    // The rendición file as the server's daily job left it: delivery/output_dir + its name, same SHA-256.
    CollectionsLoader::FileContent readRendicion(const core::Configuration& configuration,
                                                 const core::CollectionStatisticsRendicion& rendicion)
    {
        CollectionsLoader::FileContent content;
        auto settings = core::DeliverySettings::fromConfiguration(configuration);
        if (!settings) {
            content.error = settings.error().message();
            return content;
        }
        if (settings->outputDirectory.isEmpty()) {
            content.error
                = QCoreApplication::translate(
                      "CollectionsLoader",
                      "No hay carpeta de rendiciones configurada (delivery/output_dir): no se puede abrir %1.")
                      .arg(rendicion.fileName);
            return content;
        }
        content.path = QDir(settings->outputDirectory).filePath(rendicion.fileName);
        QFile file(content.path);
        if (!file.open(QIODevice::ReadOnly)) {
            content.error = QCoreApplication::translate("CollectionsLoader", "No se pudo abrir %1: %2.")
                                .arg(QDir::toNativeSeparators(content.path), file.errorString());
            return content;
        }
        content.bytes = file.readAll();
        const QString sha256
            = QString::fromLatin1(QCryptographicHash::hash(content.bytes, QCryptographicHash::Sha256).toHex());
        if (sha256 != rendicion.sha256) {
            content.error = QCoreApplication::translate("CollectionsLoader",
                                                        "El archivo %1 cambió desde que se generó (su SHA-256 no es el "
                                                        "registrado): no se abre ni se reenvía.")
                                .arg(QDir::toNativeSeparators(content.path));
            content.bytes.clear();
        }
        return content;
    }
} // namespace

QFuture<CollectionsSnapshot> CollectionsLoader::startSnapshot(std::shared_ptr<core::Database> database,
                                                              core::Configuration configuration,
                                                              core::UserSession session, QDate from, QDate to,
                                                              QString search, QDate asOf)
{
    return runWithConnection<CollectionsSnapshot>(std::move(database), [=](core::Database& db) {
        CollectionsSnapshot snapshot;
        QString channel = QStringLiteral("CV");
        if (auto settings = core::RendicionSettings::fromConfiguration(configuration); settings)
            channel = settings->notificationChannel;
        const core::Actor actor = core::Actor::user(session);
        core::CollectionStatistics statistics(db, channel);
        core::ReconciliationResolutionService reconciliation(db, core::Clock::system());
        const auto fail = [&snapshot](const core::Error& error) {
            snapshot = CollectionsSnapshot();
            snapshot.error = error.message();
            return snapshot;
        };
        auto payments = statistics.paymentsByDay(actor, from, to);
        if (!payments)
            return fail(payments.error());
        snapshot.payments = payments.value();
        auto debtors = statistics.debtors(actor, search, asOf);
        if (!debtors)
            return fail(debtors.error());
        snapshot.debtors = debtors.value();
        auto rendiciones = statistics.generatedRendiciones(actor, from, to);
        if (!rendiciones)
            return fail(rendiciones.error());
        snapshot.rendiciones = rendiciones.value();
        auto imports = reconciliation.importedFiles(actor, from, to);
        if (!imports)
            return fail(imports.error());
        snapshot.imports = imports.value();
        auto items = reconciliation.items(actor, from, to);
        if (!items)
            return fail(items.error());
        snapshot.items = items.value();
        auto chart = statistics.chart(actor, from, to, asOf);
        if (!chart)
            return fail(chart.error());
        snapshot.chart = chart.value();
        return snapshot;
    });
}

QFuture<CollectionsLoader::DebtorInvoices>
CollectionsLoader::startDebtorInvoices(std::shared_ptr<core::Database> database, core::UserSession session,
                                       QString debtorRut)
{
    return runWithConnection<DebtorInvoices>(std::move(database), [=](core::Database& db) {
        DebtorInvoices result;
        auto invoices = core::CollectionStatistics(db).debtorInvoices(core::Actor::user(session), debtorRut);
        if (invoices)
            result.invoices = invoices.value();
        else
            result.error = invoices.error().message();
        return result;
    });
}

QFuture<CollectionsLoader::ActionResult> CollectionsLoader::startResolve(std::shared_ptr<core::Database> database,
                                                                         const core::Clock* clock,
                                                                         core::UserSession session, qint64 itemId,
                                                                         QString reason)
{
    return runWithConnection<ActionResult>(std::move(database), [=](core::Database& db) {
        ActionResult result;
        auto resolved
            = core::ReconciliationResolutionService(db, *clock).resolve(core::Actor::user(session), itemId, reason);
        if (!resolved) {
            result.error = resolved.error().message();
        } else {
            result.message = QCoreApplication::translate("CollectionsLoader",
                                                         "Diferencia resuelta: boleta %1 de la transacción %2 (%3).")
                                 .arg(resolved->invoice)
                                 .arg(resolved->transaccion, resolved->accountingDate.toString(u"dd-MM-yyyy"));
        }
        return result;
    });
}

QFuture<CollectionsLoader::FileContent>
CollectionsLoader::startReadRendicion(core::Configuration configuration, core::CollectionStatisticsRendicion rendicion)
{
    return QtConcurrent::run([=]() { return readRendicion(configuration, rendicion); });
}

QFuture<CollectionsLoader::ActionResult> CollectionsLoader::startResend(std::shared_ptr<core::Database> database,
                                                                        core::Configuration configuration,
                                                                        const core::Clock* clock,
                                                                        core::UserSession session,
                                                                        core::CollectionStatisticsRendicion rendicion)
{
    return runWithConnection<ActionResult>(std::move(database), [=](core::Database& db) {
        ActionResult result;
        const core::Actor actor = core::Actor::user(session);
        if (auto allowed = actor.require(core::Permission::CollectionsManage); !allowed) {
            result.error = allowed.error().message();
            return result;
        }
        auto settings = core::DeliverySettings::fromConfiguration(configuration);
        if (!settings) {
            result.error = settings.error().message();
            return result;
        }
        const QList<core::DeliveryDestination> destinations = settings->destinations.value(rendicion.channel);
        if (destinations.isEmpty()) {
            result.error = QCoreApplication::translate("CollectionsLoader",
                                                       "No hay destinos de entrega configurados para el canal %1 "
                                                       "(delivery/%2_destinations): no se reenvió nada.")
                               .arg(rendicion.channel, rendicion.channel.toLower());
            return result;
        }
        const FileContent content = readRendicion(configuration, rendicion);
        if (!content.error.isEmpty()) {
            result.error = content.error;
            return result;
        }
        std::unique_ptr<core::SecretStore> secrets;
        if (settings->secretsDirectory.isEmpty())
            secrets = std::make_unique<core::UnavailableSecretStore>(QCoreApplication::translate(
                "CollectionsLoader", "no hay carpeta de secretos de entrega (delivery/secrets_dir)"));
        else
            secrets = std::make_unique<core::FileSecretStore>(settings->secretsDirectory);
        const core::FileDeliverer deliverer(settings.value(), *secrets, *clock);
        const QString date = rendicion.accountingDate.toString(u"dd-MM-yyyy");
        const QString subject = QCoreApplication::translate("CollectionsLoader", "Rendición %1 del %2 (reenvío)")
                                    .arg(rendicion.channel, date);
        const QString body = QCoreApplication::translate("CollectionsLoader",
                                                         "Se reenvía la rendición del canal %1 de la fecha contable %2 "
                                                         "(archivo %3).\n\nFactora")
                                 .arg(rendicion.channel, date, rendicion.fileName);
        QStringList lines;
        QJsonArray outcomes;
        int delivered = 0;
        for (const core::DeliveryDestination& destination : destinations) {
            const core::DeliveryRecord record = deliverer.deliver(content.path, destination, subject, body);
            if (record.delivered) {
                ++delivered;
                lines << QCoreApplication::translate("CollectionsLoader", "%1: entregada.").arg(destination.toString());
            } else {
                lines << QCoreApplication::translate("CollectionsLoader", "%1: no se entregó (%2).")
                             .arg(destination.toString(), record.detail);
            }
            outcomes.append(QJsonObject { { QStringLiteral("destination"), destination.toString() },
                                          { QStringLiteral("delivered"), record.delivered } });
        }
        core::AuditEvent event;
        event.actor = actor.auditName();
        event.action = QStringLiteral("rendicion.resend");
        event.objectType = QStringLiteral("rendicion");
        event.objectId = QStringLiteral("%1/%2").arg(rendicion.accountingDate.toString(Qt::ISODate), rendicion.channel);
        event.details = QJsonObject { { QStringLiteral("file"), rendicion.fileName },
                                      { QStringLiteral("deliveries"), outcomes } };
        if (auto audited = core::AuditLog(db, *clock).appendNow(event); !audited) {
            result.error = audited.error().message();
            return result;
        }
        const QString summary
            = QCoreApplication::translate("CollectionsLoader", "Rendición %1 reenviada a %2 de %3 destinos.")
                  .arg(rendicion.fileName)
                  .arg(delivered)
                  .arg(destinations.size());
        if (delivered == destinations.size())
            result.message = summary + u' ' + lines.join(u' ');
        else
            result.error = summary + u' ' + lines.join(u' ');
        return result;
    });
}

QFuture<CollectionsLoader::ActionResult> CollectionsLoader::startCartaGuia(std::shared_ptr<core::Database> database,
                                                                           const core::Clock* clock,
                                                                           core::UserSession session, QDate from,
                                                                           QDate to, QString operation, QString path)
{
    return runWithConnection<ActionResult>(std::move(database), [=](core::Database& db) {
        ActionResult result;
        core::CartaGuiaExporter::Filter filter;
        filter.operationNumber = operation.trimmed();
        if (filter.operationNumber.isEmpty()) {
            filter.from = from;
            filter.to = to;
        }
        auto summary = core::CartaGuiaExporter(db, *clock).exportTo(core::Actor::user(session), filter, path);
        if (!summary)
            result.error = summary.error().message();
        else
            result.message
                = QCoreApplication::translate("CollectionsLoader", "Carta Guía guardada en %1: %n factura(s).", nullptr,
                                              summary->rowCount)
                      .arg(QDir::toNativeSeparators(summary->filePath));
        return result;
    });
}

} // namespace factora::ui
