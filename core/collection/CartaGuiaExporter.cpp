// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CartaGuiaExporter.h"

#include "audit/AuditLog.h"
#include "calendar/BankingCalendar.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTimeZone>

#include <xlsxwriter.h>

#include <cstdio>

namespace factora::core {

namespace {
    QTimeZone santiago()
    {
        return QTimeZone(BankingCalendar::timeZoneId());
    }

    QDate santiagoDate(const QVariant& sqlInstant)
    {
        if (sqlInstant.isNull())
            return {};
        const QDateTime instant = SqlTimestamp::fromSql(sqlInstant);
        return instant.isValid() ? instant.toTimeZone(santiago()).date() : QDate();
    }

    QString collectionStateName(const QVariant& state)
    {
        const QString value = state.toString();
        if (state.isNull())
            return QStringLiteral("sin cobranza");
        if (value == u"paid")
            return QStringLiteral("pagada");
        if (value == u"withdrawn")
            return QStringLiteral("retirada");
        return QStringLiteral("pendiente");
    }

    QString isoOrEmpty(const QDate& date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    QString csvField(const QString& value)
    {
        if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
            return value;
        QString quoted = value;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }

    QStringList cells(const CartaGuiaRow& row)
    {
        return { row.operationNumber,
                 row.cedenteRut,
                 row.cedenteName,
                 QString::number(row.tipo),
                 QString::number(row.folio),
                 row.debtorRut,
                 row.debtorName,
                 isoOrEmpty(row.issueDate),
                 isoOrEmpty(row.dueDate),
                 row.invoiceAmount ? QString::number(*row.invoiceAmount) : QString(),
                 QString::number(row.cededAmount),
                 isoOrEmpty(row.cessionDate),
                 row.trackId,
                 row.cessionState,
                 row.collectionState,
                 row.paidAmount ? QString::number(*row.paidAmount) : QString(),
                 isoOrEmpty(row.paymentDate),
                 isoOrEmpty(row.accountingDate) };
    }

    Error writeError(const QString& path, const QString& reason)
    {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("CartaGuiaExporter", "No se pudo escribir %1: %2.")
                         .arg(QDir::toNativeSeparators(path), reason));
    }

    // The columns' kinds in the XLSX: text, whole number (amount format or plain) or date.
    enum class CellKind { Text, Number, Amount, Date };

    const QList<CellKind>& cellKinds()
    {
        static const QList<CellKind> kinds { CellKind::Text,   CellKind::Text,   CellKind::Text,   CellKind::Number,
                                             CellKind::Number, CellKind::Text,   CellKind::Text,   CellKind::Date,
                                             CellKind::Date,   CellKind::Amount, CellKind::Amount, CellKind::Date,
                                             CellKind::Text,   CellKind::Text,   CellKind::Text,   CellKind::Amount,
                                             CellKind::Date,   CellKind::Date };
        return kinds;
    }
} // namespace

CartaGuiaExporter::CartaGuiaExporter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QStringList CartaGuiaExporter::columnNames()
{
    return { QStringLiteral("Operación"),
             QStringLiteral("RUT cedente"),
             QStringLiteral("Razón social cedente"),
             QStringLiteral("Tipo DTE"),
             QStringLiteral("Folio"),
             QStringLiteral("RUT deudor"),
             QStringLiteral("Razón social deudor"),
             QStringLiteral("Fecha emisión"),
             QStringLiteral("Fecha vencimiento"),
             QStringLiteral("Monto total"),
             QStringLiteral("Monto cedido"),
             QStringLiteral("Fecha cesión"),
             QStringLiteral("TRACKID"),
             QStringLiteral("Estado cesión"),
             QStringLiteral("Estado cobro"),
             QStringLiteral("Monto pagado"),
             QStringLiteral("Fecha pago"),
             QStringLiteral("Fecha contable") };
}

QString CartaGuiaExporter::cessionStateName(const QString& state)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("built"), QStringLiteral("construida") },
        { QStringLiteral("signed"), QStringLiteral("firmada") },
        { QStringLiteral("submitting"), QStringLiteral("enviando") },
        { QStringLiteral("submitted"), QStringLiteral("enviada") },
        { QStringLiteral("received"), QStringLiteral("recibida") },
        { QStringLiteral("annotated"), QStringLiteral("anotada") },
        { QStringLiteral("rejected"), QStringLiteral("rechazada") },
        { QStringLiteral("annulled"), QStringLiteral("anulada") },
    };
    return names.value(state, state);
}

Result<CartaGuiaExporter::Format> CartaGuiaExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return Format::Xlsx;
    if (suffix == u"csv")
        return Format::Csv;
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("CartaGuiaExporter",
                                             "El archivo %1 debe terminar en .xlsx o .csv: así se elige su formato.")
                     .arg(QDir::toNativeSeparators(path)));
}

Result<QList<CartaGuiaRow>> CartaGuiaExporter::rows(const Actor& actor, const Filter& filter)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    const bool byDate = filter.from.isValid() || filter.to.isValid();
    const QString operationNumber = filter.operationNumber.trimmed();
    if (!byDate && operationNumber.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CartaGuiaExporter",
                                                 "Indique un rango de fechas de cesión o un número de operación."));
    if (byDate && (!filter.from.isValid() || !filter.to.isValid()))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CartaGuiaExporter",
                                                 "El rango de fechas de cesión necesita su inicio y su fin."));
    if (byDate && filter.from > filter.to)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CartaGuiaExporter",
                                                 "El rango de fechas empieza el %1, después de su fin el %2.")
                         .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    if (!santiago().isValid())
        return Error(
            ErrorCode::Configuration,
            QCoreApplication::translate("CartaGuiaExporter", "Falta la zona horaria America/Santiago en este equipo."));
    auto db = m_database.connection();
    if (!db)
        return db.error();

    // The latest cession of each document to the factoring (any cesionario when no company is the factoring), its
    // DTE when stored, the receivable it made collectable with its payment, and the operation that approved it.
    QString sql = QStringLiteral(
        "SELECT o.number, c.cedente_rut, COALESCE(ce.razon_social, d.emitter_name, ''), c.tipo, c.folio, "
        "COALESCE(d.receiver_rut, r.debtor_rut, ''), COALESCE(d.receiver_name, r.debtor_name, ''), "
        "COALESCE(d.fecha_emision, r.issue_date), COALESCE(d.fecha_vencimiento, r.due_date), d.monto_total, "
        "c.amount, c.created_at, c.track_id, c.state, r.state, p.amount, p.paid_at, p.accounting_date "
        "FROM cessions c "
        "LEFT JOIN dtes d ON d.id = c.dte_id "
        "LEFT JOIN companies ce ON ce.rut = c.cedente_rut "
        "LEFT JOIN receivables r ON r.id = (SELECT MIN(r2.id) FROM receivables r2 WHERE r2.cession_id = c.id) "
        "LEFT JOIN receivable_payments p ON p.receivable_id = r.id "
        "LEFT JOIN operation_dtes od ON od.dte_id = c.dte_id AND od.state = 'approved' "
        "LEFT JOIN operations o ON o.id = od.operation_id "
        "WHERE (c.cesionario_rut = (SELECT f.rut FROM companies f WHERE f.is_factoring) "
        "       OR NOT EXISTS (SELECT 1 FROM companies f WHERE f.is_factoring)) "
        "AND c.id = (SELECT MAX(c2.id) FROM cessions c2 WHERE c2.emitter_rut = c.emitter_rut "
        "            AND c2.tipo = c.tipo AND c2.folio = c.folio AND c2.cesionario_rut = c.cesionario_rut)");
    QVariantList bindings;
    if (byDate) {
        const QDateTime start(filter.from, QTime(0, 0), santiago());
        const QDateTime end(filter.to.addDays(1), QTime(0, 0), santiago());
        sql += QStringLiteral(" AND c.created_at >= ? AND c.created_at < ?");
        bindings << SqlTimestamp::toSql(start) << SqlTimestamp::toSql(end);
    }
    if (!operationNumber.isEmpty()) {
        sql += QStringLiteral(" AND o.number = ?");
        bindings << operationNumber;
    }
    sql += QStringLiteral(" ORDER BY c.created_at, c.cedente_rut, c.tipo, c.folio");
    auto query = SqlQuery::exec(*db, sql, bindings);
    if (!query)
        return query.error();
    QList<CartaGuiaRow> rows;
    while (query->next()) {
        CartaGuiaRow row;
        row.operationNumber = query->value(0).toString();
        row.cedenteRut = query->value(1).toString();
        row.cedenteName = query->value(2).toString();
        row.tipo = query->value(3).toInt();
        row.folio = query->value(4).toLongLong();
        row.debtorRut = query->value(5).toString();
        row.debtorName = query->value(6).toString();
        row.issueDate = QDate::fromString(query->value(7).toString(), Qt::ISODate);
        row.dueDate = QDate::fromString(query->value(8).toString(), Qt::ISODate);
        if (!query->value(9).isNull())
            row.invoiceAmount = query->value(9).toLongLong();
        row.cededAmount = query->value(10).toLongLong();
        row.cessionDate = santiagoDate(query->value(11));
        row.trackId = query->value(12).toString();
        row.cessionState = cessionStateName(query->value(13).toString());
        row.collectionState = collectionStateName(query->value(14));
        if (!query->value(15).isNull())
            row.paidAmount = query->value(15).toLongLong();
        row.paymentDate = santiagoDate(query->value(16));
        row.accountingDate = QDate::fromString(query->value(17).toString(), Qt::ISODate);
        rows << row;
    }
    if (!operationNumber.isEmpty() && rows.isEmpty()) {
        auto known
            = SqlQuery::exec(*db, QStringLiteral("SELECT 1 FROM operations WHERE number = ?"), { operationNumber });
        if (!known)
            return known.error();
        if (!known->next())
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("CartaGuiaExporter", "No existe la operación número %1.")
                             .arg(operationNumber));
    }
    return rows;
}

Status CartaGuiaExporter::writeCsv(const QList<CartaGuiaRow>& rows, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    QByteArray bytes("\xEF\xBB\xBF");
    const auto appendLine = [&bytes](const QStringList& fields) {
        QStringList escaped;
        for (const QString& field : fields)
            escaped << csvField(field);
        bytes += escaped.join(u',').toUtf8();
        bytes += "\r\n";
    };
    appendLine(columnNames());
    for (const CartaGuiaRow& row : rows)
        appendLine(cells(row));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status CartaGuiaExporter::writeXlsx(const QList<CartaGuiaRow>& rows, const QString& path)
{
    const QFileInfo target(path);
    // libxlsxwriter writes the file itself: it goes to a temporary name next to the target, renamed at the end.
    QTemporaryFile reserve(target.absoluteDir().filePath(QStringLiteral(".carta-guia-XXXXXX.xlsx")));
    if (!reserve.open())
        return writeError(path, reserve.errorString());
    const QString temporaryPath = reserve.fileName();
    reserve.close();
    const QByteArray nativePath = QFile::encodeName(temporaryPath);

    lxw_workbook* workbook = workbook_new(nativePath.constData());
    if (!workbook)
        return writeError(path, QCoreApplication::translate("CartaGuiaExporter", "no se pudo crear el libro XLSX"));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Carta Guía");
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format* amountFormat = workbook_add_format(workbook);
    format_set_num_format(amountFormat, "#,##0");

    const QStringList names = columnNames();
    for (int column = 0; column < names.size(); ++column) {
        worksheet_write_string(sheet, 0, lxw_col_t(column), names.at(column).toUtf8().constData(), header);
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), column == 2 || column == 6 ? 36 : 16,
                             nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    const QList<CellKind>& kinds = cellKinds();
    lxw_row_t line = 1;
    for (const CartaGuiaRow& row : rows) {
        const QStringList values = cells(row);
        for (int column = 0; column < values.size(); ++column) {
            const QString& value = values.at(column);
            if (value.isEmpty())
                continue;
            const auto col = lxw_col_t(column);
            switch (kinds.at(column)) {
            case CellKind::Text:
                worksheet_write_string(sheet, line, col, value.toUtf8().constData(), nullptr);
                break;
            case CellKind::Number:
                worksheet_write_number(sheet, line, col, double(value.toLongLong()), nullptr);
                break;
            case CellKind::Amount:
                worksheet_write_number(sheet, line, col, double(value.toLongLong()), amountFormat);
                break;
            case CellKind::Date: {
                const QDate date = QDate::fromString(value, Qt::ISODate);
                lxw_datetime when { date.year(), date.month(), date.day(), 0, 0, 0.0 };
                worksheet_write_datetime(sheet, line, col, &when, dateFormat);
                break;
            }
            }
        }
        ++line;
    }
    if (!rows.isEmpty())
        worksheet_autofilter(sheet, 0, 0, line - 1, lxw_col_t(names.size() - 1));

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporaryPath);
        return writeError(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    // rename() replaces an existing target in one step on POSIX; Windows needs the old file removed first.
#ifdef Q_OS_WIN
    QFile::remove(target.absoluteFilePath());
#endif
    if (std::rename(nativePath.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporaryPath);
        return writeError(path, QCoreApplication::translate("CartaGuiaExporter", "no se pudo reemplazar el archivo"));
    }
    return {};
}

Result<CartaGuiaExporter::Summary> CartaGuiaExporter::exportTo(const Actor& actor, const Filter& filter,
                                                               const QString& path)
{
    auto format = formatForPath(path);
    if (!format)
        return format.error();
    auto found = rows(actor, filter);
    if (!found)
        return found.error();
    Summary summary;
    summary.filePath = QFileInfo(path).absoluteFilePath();
    summary.format = format.value();
    summary.rowCount = int(found->size());
    for (const CartaGuiaRow& row : found.value()) {
        summary.cededTotal += row.cededAmount;
        summary.paidTotal += row.paidAmount.value_or(0);
    }
    const Status written
        = format.value() == Format::Xlsx ? writeXlsx(found.value(), path) : writeCsv(found.value(), path);
    if (!written)
        return written.error();

    QJsonObject details { { QStringLiteral("file"), QFileInfo(path).fileName() },
                          { QStringLiteral("rows"), summary.rowCount },
                          { QStringLiteral("ceded_total"), summary.cededTotal } };
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.operationNumber.trimmed().isEmpty())
        details.insert(QStringLiteral("operation"), filter.operationNumber.trimmed());
    AuditEvent event;
    event.actor = actor.auditName();
    event.action = QStringLiteral("carta_guia.export");
    event.objectType = QStringLiteral("carta_guia");
    event.objectId = QFileInfo(path).fileName();
    event.details = details;
    if (auto audited = AuditLog(m_database, m_clock).appendNow(event); !audited)
        return audited.error();
    return summary;
}

} // namespace factora::core
