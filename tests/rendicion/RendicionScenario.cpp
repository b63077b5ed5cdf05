// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionScenario.h"

#include "collection/CollectionService.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace factora::test {

using namespace factora::core;

RendicionScenario::RendicionScenario(Database& database, ManualClock& clock, const BankingCalendar& calendar)
    : m_database(database)
    , m_clock(clock)
    , m_calendar(calendar)
{
}

RendicionSettings RendicionScenario::settings()
{
    RendicionSettings s;
    s.companyRut = QStringLiteral("96543210-8");
    s.convenios.insert(QStringLiteral("CV"), QStringLiteral("1234567"));
    s.convenios.insert(QStringLiteral("IN"), QStringLiteral("7654321"));
    s.notificationChannel = QStringLiteral("CV");
    return s;
}

Status RendicionScenario::load()
{
    CollectionService service(m_database, m_clock, m_calendar);
    const QByteArray csv = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
                           "76354771-K;Transportes Ñuble SpA;F-1001;1001;2026-08-01;2026-09-01;100000\n"
                           "76354771-K;Transportes Ñuble SpA;F-1002;1002;2026-08-01;2026-09-15;141418\n"
                           "76354771-K;Transportes Ñuble SpA;F-1003;1003;2026-08-01;2026-10-01;2500\n"
                           "12345678-5;Comercial Lircay Ltda.;F-2001;2001;2026-09-01;2026-10-10;50000\n"
                           "11111111-1;Ana Pérez;F-3001;3001;2026-09-01;2026-10-20;75000\n"
                           "22222222-2;Pedro Soto;F-4001;4001;2026-09-01;2026-10-30;30000\n";
    auto imported = service.importCartera(m_actor, csv, QStringLiteral("deudas.csv"));
    if (!imported)
        return imported.error();
    for (const auto& [rut, transaccion, fechaPago] :
         { std::tuple { QStringLiteral("76354771-K"), transactionA, QStringLiteral("2026-11-20 09:15") },
           std::tuple { QStringLiteral("12345678-5"), transactionB, QStringLiteral("2026-11-19 16:30") },
           std::tuple { QStringLiteral("11111111-1"), transactionC, QStringLiteral("2026-11-20 15:00") },
           std::tuple { QStringLiteral("22222222-2"), transactionD, QString() } }) {
        if (auto paid = queryAndPay(rut, QString::fromLatin1(transaccion), fechaPago); !paid)
            return paid;
    }
    return {};
}

Status RendicionScenario::queryAndPay(const QString& rut, const QString& transaccion, const QString& fechaPago)
{
    CollectionService service(m_database, m_clock, m_calendar);
    const DebtQueryAnswer answer = service.queryDebt(rut, QStringLiteral("String"));
    QJsonObject object = answer.toJson();
    const QString issued = object.value(QStringLiteral("transaccion")).toString();
    if (issued.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("no query answer for ") + rut);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto renamed
        = SqlQuery::exec(*db, QStringLiteral("UPDATE collection_queries SET transaccion = ? WHERE transaccion = ?"),
                         { transaccion, issued });
    if (!renamed)
        return renamed.error();
    if (fechaPago.isEmpty())
        return {};
    object.insert(QStringLiteral("transaccion"), transaccion);
    object.insert(QStringLiteral("fecha-pago"), fechaPago);
    const NotificationAnswer paid = service.notifyPayment(Actor::system(QStringLiteral("server")),
                                                          QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!paid.applied)
        return Error(ErrorCode::Internal, QStringLiteral("payment not applied: ") + paid.detail);
    return {};
}

} // namespace factora::test
