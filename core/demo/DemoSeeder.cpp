// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DemoSeeder.h"

#include "calendar/BankingCalendar.h"
#include "collection/CarteraImportReport.h"
#include "collection/CollectionService.h"
#include "company/CompanyService.h"
#include "security/UserService.h"
#include "settings/SettingsStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "types/Rut.h"

#include <QCoreApplication>

namespace factora::core {

namespace {
struct DemoCompany
{
    qint64 rutBody;
    const char* razonSocial;
    const char* giro;
    const char* direccion;
    const char* comuna;
    const char* email; ///< where the company takes cession notices (the AEC's eMail of cedente and cesionario)
    const char* telefono; ///< a debtor's mobile for the SMS fallback of the invoice dispatch (docs/dispatch.md)
    bool factoring;
    bool cedente;
    bool debtor;
};

// The factoring, three cedentes and their debtors. The first cedente and the first debtor are the emitter
// and receiver of the real SII sample DTE (tests/data/sii), so it imports as that cedente's invoice. The debtors
// have an e-mail and a mobile, so a dispatch campaign shows both the e-mail and the SMS fallback.
const DemoCompany Companies[] = {
    {77665544, "Factora Capital SpA", "Servicios financieros y factoring", "Av. Apoquindo 3000, of. 501", "Las Condes",
     "cesiones@demo.factora.cl", "", true, false, false},
    {76354771, "Ingeniería Enacon SpA", "Ingeniería y construcción", "Merced 753", "Quillota",
     "finanzas.enacon@demo.factora.cl", "", false, true, false},
    {76123456, "Transportes Biobío Ltda.", "Transporte de carga por carretera", "Colo Colo 1450", "Concepción",
     "finanzas.biobio@demo.factora.cl", "", false, true, false},
    {77889900, "Alimentos del Maule SpA", "Elaboración de alimentos", "1 Norte 1230", "Talca",
     "finanzas.maule@demo.factora.cl", "", false, true, false},
    {96790240, "Minera Los Pelambres", "Minería del cobre", "Av. Apoquindo 4001, piso 18", "Las Condes",
     "pagos.pelambres@demo.factora.cl", "+56961234501", false, false, true},
    {96874030, "Empresas La Polar S.A.", "Comercio minorista", "Av. Presidente Eduardo Frei Montalva 520", "Renca",
     "pagos.lapolar@demo.factora.cl", "+56961234502", false, false, true},
    {61704000, "Codelco Chile", "Minería del cobre", "Huérfanos 1270", "Santiago",
     "pagos.codelco@demo.factora.cl", "+56961234503", false, false, true},
};

struct DemoUser
{
    const char* username;
    const char* displayName;
    Role role;
    int companyIndex; ///< into Companies, or -1
};

const DemoUser Users[] = {
    {"admin", "Administración Factora", Role::Admin, -1},
    {"ejecutivo", "Carolina Muñoz (ejecutiva)", Role::Ejecutivo, -1},
    {"cedente1", "Jorge Araya (Ingeniería Enacon)", Role::Cedente, 1},
    {"cedente2", "Paula Sepúlveda (Transportes Biobío)", Role::Cedente, 2},
    {"cedente3", "Rodrigo Fuentes (Alimentos del Maule)", Role::Cedente, 3},
};
// Receivables of the demo debtors (CarteraParser's columns), due dates in days from the seeding day: Minera Los
// Pelambres owes six invoices, so a debt query shows the bank's limit of five, oldest due first.
struct DemoReceivable
{
    int debtorIndex; ///< into Companies
    qint64 folio;
    int issuedDaysAgo;
    int dueInDays;
    qint64 amount;
};

const DemoReceivable Receivables[] = {
    {4, 2101, 75, -15, 1190000}, {4, 2102, 60, 0, 845300},  {4, 2103, 45, 15, 2996301},
    {4, 2104, 30, 30, 410550},   {4, 2105, 20, 40, 99990},  {4, 2106, 10, 50, 1500000},
    {5, 3301, 40, -5, 230992},   {5, 3302, 15, 25, 578000}, {6, 4401, 25, 35, 12500000},
};

QByteArray demoCartera(const QDate& today)
{
    QByteArray csv = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n";
    for (const DemoReceivable& receivable : Receivables) {
        const DemoCompany& debtor = Companies[receivable.debtorIndex];
        const QString line = QStringLiteral("%1-%2;%3;F-%4;%4;%5;%6;%7\n")
                                 .arg(debtor.rutBody)
                                 .arg(Rut::checkDigitFor(debtor.rutBody))
                                 .arg(QString::fromUtf8(debtor.razonSocial))
                                 .arg(receivable.folio)
                                 .arg(today.addDays(-receivable.issuedDaysAgo).toString(Qt::ISODate),
                                      today.addDays(receivable.dueInDays).toString(Qt::ISODate))
                                 .arg(receivable.amount);
        csv += line.toUtf8();
    }
    return csv;
}
} // namespace

DemoSeeder::DemoSeeder(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString DemoSeeder::demoPassword()
{
    return QStringLiteral("factora-demo-2026");
}

QString DemoSeeder::demoSignerRut()
{
    return QStringLiteral("13579246-2");
}

QString DemoSeeder::demoSignerName()
{
    return QStringLiteral("Jorge Araya");
}

QString DemoSeeder::demoCertificatePassword()
{
    return QStringLiteral("factora-demo-firma");
}

QStringList DemoSeeder::userSummary()
{
    QStringList lines;
    for (const DemoUser& user : Users) {
        QString line = QStringLiteral("%1 (%2)").arg(QLatin1String(user.username), roleDisplayName(user.role));
        if (user.companyIndex >= 0)
            line += QStringLiteral(" — ") + QString::fromUtf8(Companies[user.companyIndex].razonSocial);
        lines << line;
    }
    return lines;
}

Result<bool> DemoSeeder::isEmpty()
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto rows = SqlQuery::scalar(*db, QStringLiteral("SELECT (SELECT COUNT(*) FROM companies) + (SELECT COUNT(*) FROM users)"));
    if (!rows)
        return rows.error();
    return rows->toLongLong() == 0;
}

Status DemoSeeder::seed(const Actor& actor)
{
    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error(ErrorCode::Conflict, QCoreApplication::translate("DemoSeeder", "La base ya tiene datos."));
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();

    CompanyService companies(m_database, m_clock);
    QList<qint64> companyIds;
    for (const DemoCompany& demo : Companies) {
        Company company;
        company.rut = QString::number(demo.rutBody) + QLatin1Char('-') + Rut::checkDigitFor(demo.rutBody);
        company.razonSocial = QString::fromUtf8(demo.razonSocial);
        company.giro = QString::fromUtf8(demo.giro);
        company.direccion = QString::fromUtf8(demo.direccion);
        company.comuna = QString::fromUtf8(demo.comuna);
        company.email = QString::fromUtf8(demo.email);
        company.telefono = QString::fromUtf8(demo.telefono);
        company.isFactoring = demo.factoring;
        company.isCedente = demo.cedente;
        company.isDebtor = demo.debtor;
        auto added = companies.addCompany(actor, company);
        if (!added)
            return added.error();
        companyIds << added->id;
    }

    // The printed invoice (dispatch) names the emitter's SII resolution and office. The demo cedentes' invoices
    // are not real ones: resolution number 0, as the SII's certification environment numbers it.
    SettingsStore settings(m_database, m_clock);
    for (const DemoCompany& demo : Companies) {
        if (!demo.cedente)
            continue;
        const QString body = QString::number(demo.rutBody);
        for (const auto& [key, value] :
             {std::pair{QStringLiteral("invoice.resolucion_numero."), QStringLiteral("0")},
              std::pair{QStringLiteral("invoice.resolucion_fecha."), QStringLiteral("2014-08-22")},
              std::pair{QStringLiteral("invoice.oficina_sii."), QString::fromUtf8(demo.comuna).toUpper()}}) {
            if (const Status set = settings.setValue(actor, key + body, value); !set)
                return set;
        }
    }

    UserService users(m_database, m_clock);
    for (const DemoUser& demo : Users) {
        NewUser user;
        user.username = QLatin1String(demo.username);
        user.displayName = QString::fromUtf8(demo.displayName);
        user.email = user.username + QStringLiteral("@demo.factora.cl");
        user.role = demo.role;
        user.password = demoPassword();
        if (demo.companyIndex >= 0)
            user.companyIds << companyIds.at(demo.companyIndex);
        if (auto added = users.addUser(actor, user); !added)
            return added.error();
    }

    auto calendar = BankingCalendar::create();
    if (!calendar)
        return calendar.error();
    CollectionService collection(m_database, m_clock, *calendar);
    const QDate today = m_clock.nowUtc().toTimeZone(calendar->timeZone()).date();
    if (auto imported = collection.importCartera(actor, demoCartera(today), QStringLiteral("demo-cartera.csv"));
        !imported)
        return imported.error();
    return tx->commit();
}

} // namespace factora::core
