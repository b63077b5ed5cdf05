// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchAttemptModel.h"

#include "DispatchWords.h"

#include <QBrush>
#include <QColor>

namespace factora::ui {

DispatchAttemptModel::DispatchAttemptModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DispatchAttemptModel::setAttempts(const QList<core::DispatchAttemptRecord>& attempts)
{
    beginResetModel();
    m_rows = attempts;
    endResetModel();
}

int DispatchAttemptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DispatchAttemptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DispatchAttemptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DispatchAttemptRecord& attempt = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Outcome && DispatchWords::isFailure(attempt.outcome))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && (index.column() == Reason || index.column() == ReplyText))
        return index.column() == Reason ? attempt.reason : attempt.replyText;
    if (role == Qt::TextAlignmentRole && index.column() == ReplyCode)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return attempt.startedAt.toLocalTime().toString(u"dd-MM-yyyy HH:mm:ss");
    case Channel:
        return DispatchWords::channel(attempt.channel);
    case Recipient:
        return attempt.recipient;
    case ReplyCode:
        return attempt.replyCode ? QVariant(*attempt.replyCode) : QVariant(tr("sin respuesta"));
    case ReplyText:
        return attempt.replyText;
    case Outcome:
        return DispatchWords::outcome(attempt.outcome);
    case Reason:
        return attempt.reason;
    default:
        return {};
    }
}

QVariant DispatchAttemptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Hora");
    case Channel:
        return tr("Canal");
    case Recipient:
        return tr("Destinatario");
    case ReplyCode:
        return tr("Código");
    case ReplyText:
        return tr("Respuesta");
    case Outcome:
        return tr("Resultado");
    case Reason:
        return tr("Motivo");
    default:
        return {};
    }
}

} // namespace factora::ui
