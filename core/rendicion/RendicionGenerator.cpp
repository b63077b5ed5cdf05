// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionGenerator.h"

#include "RendicionLogging.h"
#include "RendicionRecordFormatter.h"
#include "security/Permission.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace factora::core {

namespace {

    constexpr qsizetype flushThreshold = 1 << 20;

    // Rows of receivable_payments for one accounting date, in the order the file lists them.
    const QString detailSql = QStringLiteral("SELECT n.transaccion, n.fecha_pago, r.debtor_rut, r.folio, rp.amount, "
                                             "COUNT(*) OVER (PARTITION BY rp.notification_id) "
                                             "FROM receivable_payments rp "
                                             "JOIN collection_notifications n ON n.id = rp.notification_id "
                                             "JOIN receivables r ON r.id = rp.receivable_id "
                                             "WHERE rp.accounting_date = ? "
                                             "ORDER BY rp.paid_at, n.transaccion, r.folio");

    const QString totalsSql = QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM receivable_payments "
                                             "WHERE accounting_date = ?");

    // The written file: buffered, hashed, atomically committed.
    class FileSink
    {
    public:
        explicit FileSink(const QString& path)
            : m_file(path)
            , m_hash(QCryptographicHash::Sha256)
        {
        }
        bool open() { return m_file.open(QIODevice::WriteOnly); }
        /** The buffer records are appended to; call written() after each. */
        QByteArray& buffer() { return m_buffer; }
        bool written() { return m_buffer.size() < flushThreshold || flush(); }
        bool flush()
        {
            m_hash.addData(m_buffer);
            m_size += m_buffer.size();
            const bool ok = m_file.write(m_buffer) == m_buffer.size();
            m_buffer.clear();
            return ok;
        }
        bool commit() { return flush() && m_file.commit(); }
        QString errorString() const { return m_file.errorString(); }
        QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
        qint64 size() const { return m_size; }

    private:
        QSaveFile m_file;
        QCryptographicHash m_hash;
        QByteArray m_buffer;
        qint64 m_size = 0;
    };

    Error alreadyGenerated(const RendicionSummary& existing)
    {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("RendicionGenerator",
                                                 "la rendición %1 de la fecha contable %2 ya se generó (archivo %3, "
                                                 "%4, por %5): hay una sola por fecha y canal; para enviarla otra "
                                                 "vez use Reenviar en Cobranzas")
                         .arg(existing.channel, existing.accountingDate.toString(Qt::ISODate), existing.fileName,
                              existing.generatedAt.toString(Qt::ISODate), existing.generatedBy));
    }

    Error ioError(const QString& path, const QString& reason)
    {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("RendicionGenerator", "no se puede escribir %1: %2").arg(path, reason));
    }

} // namespace

RendicionGenerator::RendicionGenerator(Database& database, const Clock& clock, RendicionLayout layout,
                                       RendicionSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_layout(std::move(layout))
    , m_settings(std::move(settings))
    , m_audit(database, clock)
{
}

Result<RendicionGenerator> RendicionGenerator::fromConfiguration(Database& database, const Clock& clock,
                                                                 const Configuration& configuration)
{
    auto settings = RendicionSettings::fromConfiguration(configuration);
    if (!settings)
        return settings.error();
    if (settings->layoutFile.isEmpty())
        return RendicionGenerator(database, clock, RendicionLayout::defaultLayout(), settings.value());
    auto layout = RendicionLayout::load(settings->layoutFile);
    if (!layout)
        return layout.error();
    return RendicionGenerator(database, clock, layout.value(), settings.value());
}

Result<QString> RendicionGenerator::fileName(const QDate& accountingDate, const QString& channel) const
{
    if (!RendicionSettings::channels().contains(channel))
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("RendicionGenerator", "canal desconocido «%1» (use CV o IN)").arg(channel));
    const QString convenio = m_settings.convenios.value(channel);
    if (convenio.isEmpty() && m_layout.fileNamePattern().contains(QStringLiteral("{convenio}")))
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("RendicionGenerator",
                                                 "falta rendicion/convenio_%1: el nombre de archivo lo usa")
                         .arg(channel.toLower()));
    return m_layout.fileName(accountingDate, channel, convenio);
}

Result<std::optional<RendicionSummary>> RendicionGenerator::recorded(const QDate& accountingDate,
                                                                     const QString& channel)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(*db,
                                QStringLiteral("SELECT id, file_name, sha256, byte_count, record_count, detail_count, "
                                               "transaction_count, total_amount, generated_at, generated_by "
                                               "FROM rendiciones_generated WHERE accounting_date = ? AND channel = ?"),
                                { accountingDate.toString(Qt::ISODate), channel });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<RendicionSummary>();
    RendicionSummary summary;
    summary.id = query->value(0).toLongLong();
    summary.accountingDate = accountingDate;
    summary.channel = channel;
    summary.fileName = query->value(1).toString();
    summary.sha256 = query->value(2).toString();
    summary.byteCount = query->value(3).toLongLong();
    summary.recordCount = query->value(4).toLongLong();
    summary.detailCount = query->value(5).toLongLong();
    summary.transactionCount = query->value(6).toLongLong();
    summary.totalAmount = query->value(7).toLongLong();
    summary.generatedAt = SqlTimestamp::fromSql(query->value(8));
    summary.generatedBy = query->value(9).toString();
    return std::optional<RendicionSummary>(summary);
}

Result<RendicionSummary> RendicionGenerator::generate(const QDate& accountingDate, const QString& channel,
                                                      const QString& outputPath, const Actor& actor)
{
    if (auto allowed = actor.require(Permission::CollectionsManage); !allowed)
        return allowed.error();
    if (!accountingDate.isValid())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("RendicionGenerator", "la fecha contable no es válida"));
    auto name = fileName(accountingDate, channel);
    if (!name)
        return name.error();
    const bool usesCompany
        = m_layout.uses(QStringLiteral("company_rut")) || m_layout.uses(QStringLiteral("company_dv"));
    if (usesCompany && m_settings.companyRut.isEmpty())
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("RendicionGenerator",
                                                 "falta rendicion/company_rut: el diseño %1 lleva el RUT de la empresa")
                         .arg(m_layout.name()));
    const QString convenio = m_settings.convenios.value(channel);
    if (m_layout.uses(QStringLiteral("convenio")) && convenio.isEmpty())
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("RendicionGenerator",
                                                 "falta rendicion/convenio_%1: el diseño %2 lleva el convenio")
                         .arg(channel.toLower(), m_layout.name()));

    QString path = outputPath;
    if (QFileInfo(outputPath).isDir())
        path = QDir(outputPath).filePath(name.value());
    path = QFileInfo(path).absoluteFilePath();

    // One rendición per date and channel (unique in the database): a day already generated is not made again.
    auto existing = recorded(accountingDate, channel);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return alreadyGenerated(**existing);

    auto db = m_database.connection();
    if (!db)
        return db.error();
    const bool hasPayments = channel == m_settings.notificationChannel;

    // The totals for the header, then the details streamed; if a payment arrived in between (the totals
    // differ) the file is discarded and written again.
    constexpr int attempts = 3;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        qint64 expectedCount = 0;
        qint64 expectedTotal = 0;
        qint64 transactions = 0;
        if (hasPayments) {
            auto totals = SqlQuery::exec(*db, totalsSql, { accountingDate.toString(Qt::ISODate) });
            if (!totals)
                return totals.error();
            if (totals->next()) {
                expectedCount = totals->value(0).toLongLong();
                expectedTotal = totals->value(1).toLongLong();
            }
        }

        FileSink sink(path);
        if (!sink.open())
            return ioError(path, sink.errorString());

        const QDateTime now = m_clock.nowUtc();
        const QDateTime localNow = now.toLocalTime();
        const Rut* companyRut = nullptr;
        std::optional<Rut> parsedCompany;
        if (!m_settings.companyRut.isEmpty()) {
            auto parsed = Rut::parse(m_settings.companyRut);
            if (parsed)
                parsedCompany = parsed.value();
            companyRut = parsedCompany ? &*parsedCompany : nullptr;
        }
        auto setCommon = [&](RendicionRecordFormatter& f) {
            if (companyRut) {
                f.setText(QStringLiteral("company_rut"), QString::number(companyRut->body()));
                f.setText(QStringLiteral("company_dv"), QString(companyRut->checkDigit()));
            }
            f.setText(QStringLiteral("convenio"), convenio);
            f.setText(QStringLiteral("channel"), channel);
            f.setDate(QStringLiteral("accounting_date"), accountingDate);
            f.setDate(QStringLiteral("generation_date"), localNow.date());
            f.setTime(QStringLiteral("generation_time"), localNow.time());
            f.setText(QStringLiteral("record_count"), QString::number(expectedCount));
            f.setText(QStringLiteral("total_amount"), QString::number(expectedTotal));
        };
        // Appends one record and its line ending to the file.
        auto writeRecord = [&](const RendicionRecordFormatter& f, qint64 number) -> Status {
            if (auto appended = f.appendTo(sink.buffer(), number); !appended)
                return appended;
            sink.buffer().append(m_layout.lineEnding());
            if (!sink.written())
                return ioError(path, sink.errorString());
            return {};
        };

        qint64 recordNumber = 1;
        RendicionRecordFormatter header(m_layout.header(), m_layout.encoding(), m_layout.recordLength());
        setCommon(header);
        if (auto written = writeRecord(header, recordNumber); !written)
            return written.error();

        qint64 count = 0;
        qint64 total = 0;
        if (hasPayments) {
            RendicionRecordFormatter detail(m_layout.detail(), m_layout.encoding(), m_layout.recordLength());
            setCommon(detail);
            QSqlQuery rows(*db);
            rows.setForwardOnly(true);
            if (!rows.prepare(detailSql))
                return Error(ErrorCode::Storage, rows.lastError().text());
            rows.addBindValue(accountingDate.toString(Qt::ISODate));
            if (!rows.exec())
                return Error(ErrorCode::Storage,
                             QCoreApplication::translate("RendicionGenerator", "no se pueden leer los pagos: %1")
                                 .arg(rows.lastError().text()));
            const int paymentDateSlot = detail.slotOf(QStringLiteral("payment_date"));
            const int paymentTimeSlot = detail.slotOf(QStringLiteral("payment_time"));
            const int transactionSlot = detail.slotOf(QStringLiteral("transaction"));
            const int debtorRutSlot = detail.slotOf(QStringLiteral("debtor_rut"));
            const int debtorDvSlot = detail.slotOf(QStringLiteral("debtor_dv"));
            const int invoiceSlot = detail.slotOf(QStringLiteral("invoice"));
            const int amountSlot = detail.slotOf(QStringLiteral("amount"));
            const int cuotaSlot = detail.slotOf(QStringLiteral("cuota"));
            QString lastFechaPago;
            QString lastTransaction;
            while (rows.next()) {
                ++recordNumber;
                ++count;
                const QString fechaPago = rows.value(1).toString();
                if (fechaPago != lastFechaPago) {
                    // fecha-pago as the bank sent it: "YYYY-MM-DD HH:MM", Santiago time.
                    detail.setDate(paymentDateSlot, QDate::fromString(fechaPago.left(10), Qt::ISODate));
                    detail.setTime(paymentTimeSlot, QTime::fromString(fechaPago.mid(11, 5), QStringLiteral("HH:mm")));
                    lastFechaPago = fechaPago;
                }
                const QString debtor = rows.value(2).toString();
                const qsizetype dash = debtor.indexOf(u'-');
                // A transaction's rows are consecutive: they share the payment instant.
                const QString transaction = rows.value(0).toString();
                if (transaction != lastTransaction) {
                    ++transactions;
                    lastTransaction = transaction;
                }
                detail.setText(transactionSlot, transaction);
                detail.setText(debtorRutSlot, debtor.left(dash));
                detail.setText(debtorDvSlot, debtor.mid(dash + 1));
                detail.setText(invoiceSlot, rows.value(3).toString());
                const qint64 amount = rows.value(4).toLongLong();
                total += amount;
                detail.setText(amountSlot, QString::number(amount));
                detail.setText(cuotaSlot, rows.value(5).toString());
                if (auto written = writeRecord(detail, recordNumber); !written) {
                    if (written.error().code() != ErrorCode::InvalidInput)
                        return written.error();
                    return Error(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("RendicionGenerator", "%1 (transacción %2)")
                                     .arg(written.error().message(), rows.value(0).toString()));
                }
            }
            if (rows.lastError().isValid())
                return Error(ErrorCode::Storage, rows.lastError().text());
        }
        if (count != expectedCount || total != expectedTotal) {
            qCInfo(lcRendicion) << "payments changed while generating the rendición of" << accountingDate << "; attempt"
                                << attempt;
            if (attempt == attempts)
                return Error(ErrorCode::Conflict,
                             QCoreApplication::translate("RendicionGenerator",
                                                         "los pagos del %1 cambiaron durante la generación; "
                                                         "reintente")
                                 .arg(accountingDate.toString(Qt::ISODate)));
            continue; // the QSaveFile is discarded
        }
        if (m_layout.writesControl()) {
            RendicionRecordFormatter control(*m_layout.control(), m_layout.encoding(), m_layout.recordLength());
            setCommon(control);
            if (auto written = writeRecord(control, ++recordNumber); !written)
                return written.error();
        }
        if (!sink.flush())
            return ioError(path, sink.errorString());

        RendicionSummary summary;
        summary.accountingDate = accountingDate;
        summary.channel = channel;
        summary.filePath = path;
        summary.fileName = QFileInfo(path).fileName();
        summary.sha256 = sink.sha256();
        summary.detailCount = count;
        summary.transactionCount = transactions;
        summary.recordCount = recordNumber;
        summary.totalAmount = total;
        summary.byteCount = sink.size();
        summary.generatedAt = now.toUTC();
        summary.generatedBy = actor.auditName();

        auto tx = Transaction::begin(*db, m_database.dialect());
        if (!tx)
            return tx.error();
        // Another process (a second factora-server) may have recorded the day since the check above: on
        // PostgreSQL this waits for its transaction, and then inserts nothing (no row: NotFound); the file is
        // discarded.
        auto inserted = SqlQuery::scalar(
            *db,
            QStringLiteral(
                "INSERT INTO rendiciones_generated (accounting_date, channel, layout_name, file_name, sha256, "
                "byte_count, record_count, detail_count, transaction_count, total_amount, generated_at, "
                "generated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (accounting_date, channel) DO NOTHING RETURNING id"),
            { accountingDate.toString(Qt::ISODate), channel, m_layout.name(), summary.fileName, summary.sha256,
              summary.byteCount, summary.recordCount, summary.detailCount, summary.transactionCount,
              summary.totalAmount, SqlTimestamp::toSql(now), summary.generatedBy });
        if (!inserted && inserted.error().code() != ErrorCode::NotFound)
            return inserted.error();
        if (!inserted) {
            qCInfo(lcRendicion) << "rendición" << channel << accountingDate
                                << "was recorded by another process meanwhile; file discarded";
            auto winner = recorded(accountingDate, channel);
            if (winner && winner->has_value())
                return alreadyGenerated(**winner);
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("RendicionGenerator",
                                                     "otro proceso registró la rendición %1 de la fecha contable %2 "
                                                     "mientras se generaba")
                             .arg(channel, accountingDate.toString(Qt::ISODate)));
        }
        summary.id = inserted->toLongLong();
        AuditEvent event;
        event.actor = summary.generatedBy;
        event.action = QStringLiteral("rendicion.generate");
        event.objectType = QStringLiteral("rendicion");
        event.objectId = accountingDate.toString(Qt::ISODate) + u'/' + channel;
        event.details = QJsonObject { { QStringLiteral("file"), summary.fileName },
                                      { QStringLiteral("sha256"), summary.sha256 },
                                      { QStringLiteral("details"), summary.detailCount },
                                      { QStringLiteral("total"), summary.totalAmount } };
        if (auto audited = m_audit.append(*db, event); !audited)
            return audited.error();
        if (!sink.commit())
            return ioError(path, sink.errorString());
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        qCInfo(lcRendicion) << "rendición" << summary.fileName << "written:" << summary.detailCount << "details";
        return summary;
    }
    return Error(ErrorCode::Internal, QStringLiteral("unreachable"));
}

} // namespace factora::core
