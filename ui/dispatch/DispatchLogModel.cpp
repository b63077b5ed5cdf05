// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchLogModel.h"

#include "DispatchWords.h"
#include "types/Money.h"
#include "types/Rut.h"

#include <QBrush>
#include <QColor>

namespace factora::ui {

namespace {
    QString dottedRut(const QString& rut)
    {
        auto parsed = core::Rut::parse(rut);
        return parsed ? parsed->toDottedString() : rut;
    }
} // namespace

DispatchLogModel::DispatchLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DispatchLogModel::setDispatches(const QList<core::DispatchRecord>& dispatches)
{
    beginResetModel();
    m_rows = dispatches;
    endResetModel();
}

int DispatchLogModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int DispatchLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DispatchLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DispatchRecord& record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastReason || index.column() == State)
            return record.lastReason;
        if (index.column() == Attempts)
            return tr("%1 por correo, %2 por SMS").arg(record.emailAttempts).arg(record.smsAttempts);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State
            && (record.state == core::DispatchState::Failed || record.state == core::DispatchState::Suppressed))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case SortRole:
        return sortValue(record, index.column());
    case IdRole:
        return record.id;
    default:
        return {};
    }
}

QVariant DispatchLogModel::display(const core::DispatchRecord& record, int column) const
{
    switch (column) {
    case Created:
        return record.createdAt.toLocalTime().toString(u"dd-MM-yyyy HH:mm");
    case Debtor:
        return record.debtorName.isEmpty()
            ? dottedRut(record.debtorRut)
            : QStringLiteral("%1 %2").arg(dottedRut(record.debtorRut), record.debtorName);
    case Document:
        return QStringLiteral("%1 / %2").arg(record.tipo).arg(record.folio);
    case Amount:
        return core::Money::fromPesos(record.amount).toDisplayString();
    case Recipient:
        if (record.email.isEmpty())
            return record.phone;
        return record.phone.isEmpty() ? record.email : QStringLiteral("%1 / %2").arg(record.email, record.phone);
    case State:
        return DispatchWords::state(record.state);
    case Attempts:
        return record.emailAttempts + record.smsAttempts;
    case LastReason:
        return record.lastReason;
    default:
        return {};
    }
}

QVariant DispatchLogModel::sortValue(const core::DispatchRecord& record, int column) const
{
    switch (column) {
    case Created:
        // Instant, then id: dispatches queued in the same millisecond keep the order they were written in.
        return QStringLiteral("%1:%2")
            .arg(record.createdAt.toMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
            .arg(record.id, 19, 10, QLatin1Char('0'));
    case Document:
        return record.folio;
    case Amount:
        return record.amount;
    case Attempts:
        return record.emailAttempts + record.smsAttempts;
    default:
        return display(record, column);
    }
}

QVariant DispatchLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Creado");
    case Debtor:
        return tr("Deudor");
    case Document:
        return tr("Tipo / folio");
    case Amount:
        return tr("Monto");
    case Recipient:
        return tr("Correo / teléfono");
    case State:
        return tr("Estado");
    case Attempts:
        return tr("Intentos");
    case LastReason:
        return tr("Último motivo");
    default:
        return {};
    }
}

} // namespace factora::ui
