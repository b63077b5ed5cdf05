// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
//
// bench_rendicion prepare DATABASE_URL PAYMENTS — migrates the (throw-away) PostgreSQL database and loads PAYMENTS
//     applied payments of accounting date 2026-11-20, five invoices per transaction, with SQL run by the server
//     (generate_series); RUTs are valid, names and amounts synthetic. Nothing here is measured.
// bench_rendicion generate DATABASE_URL OUT_FILE — RendicionGenerator::generate() of that date (default layout,
//     channel CV) into OUT_FILE; prints "generate_seconds=S details=N bytes=B" (wall-clock of generate() alone).
// The password comes from FACTORA_DATABASE_PASSWORD. bench/rendicion/run.sh drives both and times the COPY.
#include "common/Clock.h"
#include "rendicion/RendicionGenerator.h"
#include "security/Actor.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace factora::core;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_rendicion: %s\n", qPrintable(message));
    std::exit(1);
}

void exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {})
{
    auto done = SqlQuery::exec(db, sql, bindings);
    if (!done)
        die(done.error().message());
}

void prepare(Database& database, qint64 payments)
{
    if (auto migrated = Migrator(database).migrate(); !migrated)
        die(migrated.error().message());
    auto db = database.connection();
    if (!db)
        die(db.error().message());
    const qint64 transactions = (payments + 4) / 5;
    QElapsedTimer timer;
    timer.start();
    auto tx = Transaction::begin(*db, database.dialect());
    if (!tx)
        die(tx.error().message());
    // Check digit (módulo 11) of a RUT body, for valid debtor RUTs.
    exec(*db,
         QStringLiteral("CREATE FUNCTION pg_temp.rut(body BIGINT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$ "
                        "SELECT body::text || '-' || CASE 11 - s % 11 WHEN 11 THEN '0' WHEN 10 THEN 'K' "
                        "ELSE (11 - s % 11)::text END FROM (SELECT SUM(substr(reverse(body::text), k, 1)::int "
                        "* (2 + (k - 1) % 6)) AS s FROM generate_series(1, length(body::text)) k) d $$"));
    exec(*db,
         QStringLiteral("INSERT INTO collection_queries (id, transaccion, debtor_rut, debtor_name, invoice_count, "
                        "total, due_date, created_at) "
                        "SELECT t, 'bench-' || lpad(t::text, 12, '0'), pg_temp.rut(10000000 + t), "
                        "'Deudor ' || t, 5, 5000, '2026-02-01', '2026-11-19T12:00:00Z' "
                        "FROM generate_series(1, ?) t"),
         { transactions });
    exec(*db,
         QStringLiteral(
             "INSERT INTO collection_notifications (id, transaccion, body, rut_cliente, fecha_pago, paid_at, "
             "total_text, total, invoice_ids, query_id, outcome, result_code, resultado, detail, applied, "
             "accounting_date, received_at) "
             "SELECT t, 'bench-' || lpad(t::text, 12, '0'), '\\x7b7d'::bytea, pg_temp.rut(10000000 + t), "
             "to_char(p, 'YYYY-MM-DD HH24:MI'), to_char(p + interval '3 hours', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
             "'5000', 5000, '[]', t, 'applied', 1000, 'Informacion obtenida con exito', '', TRUE, "
             "'2026-11-20', '2026-11-20T12:00:00Z' "
             "FROM generate_series(1, ?) t, "
             "LATERAL (SELECT timestamp '2026-11-19 14:01' + (t % 1439) * interval '1 minute' AS p) w"),
         { transactions });
    exec(*db,
         QStringLiteral("INSERT INTO receivables (id, debtor_rut, debtor_name, source, document, folio, issue_date, "
                        "due_date, amount, state, paid_by_notification, created_at, updated_at) "
                        "SELECT i, pg_temp.rut(10000000 + (i + 4) / 5), 'Deudor ' || ((i + 4) / 5), 'cartera', "
                        "'B-' || i, i, '2026-01-01', '2026-02-01', 1000 + i % 997, 'paid', (i + 4) / 5, "
                        "'2026-01-01T00:00:00Z', '2026-11-20T12:00:00Z' FROM generate_series(1, ?) i"),
         { payments });
    exec(*db,
         QStringLiteral("INSERT INTO receivable_payments (receivable_id, notification_id, query_id, amount, "
                        "paid_at, accounting_date, created_at) "
                        "SELECT r.id, r.paid_by_notification, r.paid_by_notification, r.amount, n.paid_at, "
                        "'2026-11-20', '2026-11-20T12:00:00Z' FROM receivables r "
                        "JOIN collection_notifications n ON n.id = r.paid_by_notification"));
    if (auto committed = tx->commit(); !committed)
        die(committed.error().message());
    exec(*db, QStringLiteral("ANALYZE"));
    std::printf("loaded %lld payments (%lld transactions) in %.1f s\n", static_cast<long long>(payments),
                static_cast<long long>(transactions), double(timer.elapsed()) / 1000);
}

void generate(Database& database, const QString& out)
{
    RendicionSettings settings;
    settings.companyRut = QStringLiteral("96543210-8");
    settings.convenios.insert(QStringLiteral("CV"), QStringLiteral("1234567"));
    RendicionGenerator generator(database, Clock::system(), RendicionLayout::defaultLayout(), settings);
    QElapsedTimer timer;
    timer.start();
    auto summary
        = generator.generate(QDate(2026, 11, 20), QStringLiteral("CV"), out, Actor::system(QStringLiteral("bench")));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary)
        die(summary.error().message());
    std::printf("generate_seconds=%.3f details=%lld bytes=%lld\n", seconds,
                static_cast<long long>(summary->detailCount), static_cast<long long>(summary->byteCount));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("factora.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args[1] != u"prepare" && args[1] != u"generate"))
        die(QStringLiteral("usage: bench_rendicion prepare DATABASE_URL PAYMENTS | generate DATABASE_URL OUT_FILE"));
    auto url = DatabaseUrl::parse(args[2]);
    if (!url)
        die(url.error().message());
    Database::Options options;
    options.password = qEnvironmentVariable("FACTORA_DATABASE_PASSWORD");
    auto database = Database::open(url.value(), options);
    if (!database)
        die(database.error().message());
    if (args[1] == u"prepare") {
        const qint64 payments = args[3].toLongLong();
        if (payments <= 0)
            die(QStringLiteral("PAYMENTS must be > 0"));
        prepare(**database, payments);
    } else {
        generate(**database, args[3]);
    }
    return 0;
}
