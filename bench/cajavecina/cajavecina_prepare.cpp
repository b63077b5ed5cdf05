// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
//
// bench_cajavecina_prepare DATABASE_URL DEBTORS NOTIFICATIONS OUT_DIR — the data of bench/cajavecina/run.sh:
// migrates the (throw-away) database, loads DEBTORS debtors with two pending invoices each, issues NOTIFICATIONS
// debt queries on distinct debtors (as the bank does before a payment) and writes to OUT_DIR:
//   ruts.txt           one debtor RUT a line, for the query load (wrk picks them in turn)
//   notifications.txt  one structure-3 body a line, each for its own transaccion, for the notification load
//   query-answer.json  a real answer of the query, the body nginx serves as the ceiling
//   notification-answer.json  the notification's answer (structure 4), likewise
// The password comes from FACTORA_DATABASE_PASSWORD. Nothing here is measured.

#include "calendar/BankingCalendar.h"
#include "collection/CollectionService.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace factora::core;

namespace {
[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_cajavecina_prepare: %s\n", qPrintable(message));
    std::exit(1);
}

QString rutFor(int body)
{
    int sum = 0;
    int factor = 2;
    for (int rest = body; rest > 0; rest /= 10) {
        sum += (rest % 10) * factor;
        factor = factor == 7 ? 2 : factor + 1;
    }
    const int dv = 11 - sum % 11;
    return QString::number(body) + u'-'
        + (dv == 11       ? QStringLiteral("0")
               : dv == 10 ? QStringLiteral("K")
                          : QString::number(dv));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        die(QStringLiteral("cannot write %1").arg(path));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("factora.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() != 5)
        die(QStringLiteral("usage: bench_cajavecina_prepare DATABASE_URL DEBTORS NOTIFICATIONS OUT_DIR"));
    const int debtors = args[2].toInt();
    const int notifications = args[3].toInt();
    const QString out = args[4];
    if (debtors <= 0 || notifications <= 0 || notifications > debtors)
        die(QStringLiteral("DEBTORS > 0 and 0 < NOTIFICATIONS <= DEBTORS"));

    auto url = DatabaseUrl::parse(args[1]);
    if (!url)
        die(url.error().message());
    Database::Options options;
    options.password = qEnvironmentVariable("FACTORA_DATABASE_PASSWORD");
    auto database = Database::open(url.value(), options);
    if (!database)
        die(database.error().message());
    Database& db = **database;
    if (auto migrated = Migrator(db).migrate(); !migrated)
        die(migrated.error().message());

    QElapsedTimer timer;
    timer.start();
    {
        auto connection = db.connection();
        if (!connection)
            die(connection.error().message());
        auto tx = Transaction::begin(*connection, db.dialect());
        if (!tx)
            die(tx.error().message());
        constexpr int batch = 500;
        QByteArray ruts;
        for (int first = 0; first < debtors; first += batch) {
            QStringList rows;
            for (int d = first; d < std::min(debtors, first + batch); ++d) {
                const QString rut = rutFor(10000000 + d);
                ruts += rut.toLatin1() + '\n';
                for (int i = 0; i < 2; ++i) {
                    rows << QStringLiteral("('%1', 'Deudor %2', 'cartera', 'B-%2-%3', %4, '2026-01-01', '2026-0%5-15', "
                                           "%6, 'pending', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                                .arg(rut)
                                .arg(d)
                                .arg(i)
                                .arg(2 * d + i + 1)
                                .arg(i + 1)
                                .arg(1000 + (d % 997) * 10 + i);
                }
            }
            QSqlQuery insert(*connection);
            if (!insert.exec(
                    QStringLiteral("INSERT INTO receivables (debtor_rut, debtor_name, source, document, folio, "
                                   "issue_date, due_date, amount, state, created_at, updated_at) VALUES ")
                    + rows.join(u',')))
                die(insert.lastError().text());
        }
        if (auto committed = tx->commit(); !committed)
            die(committed.error().message());
        writeFile(out + QStringLiteral("/ruts.txt"), ruts);
    }
    std::printf("loaded %d debtors (%d receivables) in %.1f s\n", debtors, 2 * debtors, double(timer.elapsed()) / 1000);

    // The debt queries that precede the payments, from four threads (each has its own connection).
    timer.restart();
    auto calendar = BankingCalendar::create();
    if (!calendar)
        die(calendar.error().message());
    CollectionService service(db, Clock::system(), calendar.value());
    std::vector<QByteArray> bodies(static_cast<std::size_t>(notifications));
    std::atomic<int> next { 0 };
    std::atomic<int> failures { 0 };
    const QString fechaPago
        = QDateTime::currentDateTimeUtc().toTimeZone(calendar->timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&]() {
            for (int i = next++; i < notifications; i = next++) {
                const DebtQueryAnswer answer = service.queryDebt(rutFor(10000000 + i), QStringLiteral("String"));
                if (!answer.ok()) {
                    ++failures;
                    continue;
                }
                QJsonObject object = answer.toJson();
                object.insert(QStringLiteral("fecha-pago"), fechaPago);
                bodies[std::size_t(i)] = QJsonDocument(object).toJson(QJsonDocument::Compact);
            }
            db.releaseThreadConnection();
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    if (failures.load() > 0)
        die(QStringLiteral("%1 debt queries failed").arg(failures.load()));
    QByteArray lines;
    for (const QByteArray& body : bodies)
        lines += body + '\n';
    writeFile(out + QStringLiteral("/notifications.txt"), lines);
    std::printf("issued %d debt queries in %.1f s\n", notifications, double(timer.elapsed()) / 1000);

    const DebtQueryAnswer sample = service.queryDebt(rutFor(10000000 + debtors - 1), QStringLiteral("String"));
    writeFile(out + QStringLiteral("/query-answer.json"), sample.toJsonBytes());
    writeFile(out + QStringLiteral("/notification-answer.json"),
              NotificationAnswer::make(NotificationAnswer::Outcome::Applied, QString()).toJsonBytes());
    return 0;
}
