// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiAnswerTableModel.h"

#include "CessionCodeExplainer.h"

#include <QLocale>

namespace factora::ui {

SiiAnswerTableModel::SiiAnswerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SiiAnswerTableModel::setAnswers(QList<core::CessionSiiAnswer> answers)
{
    beginResetModel();
    m_answers = std::move(answers);
    endResetModel();
}

QString SiiAnswerTableModel::rawText(const QByteArray& raw)
{
    const QByteArray head = raw.left(100).toLower();
    if (head.contains("iso-8859-1") || head.contains("windows-1252"))
        return QString::fromLatin1(raw);
    return QString::fromUtf8(raw);
}

int SiiAnswerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

int SiiAnswerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiiAnswerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CessionSiiAnswer& answer = m_answers.at(index.row());
    if (role == RawRole)
        return rawText(answer.raw);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(answer.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case ServiceColumn:
        switch (answer.kind) {
        case core::CessionSiiAnswer::Kind::Upload:
            return tr("Envío del AEC");
        case core::CessionSiiAnswer::Kind::Envio:
            return tr("Estado del envío");
        case core::CessionSiiAnswer::Kind::Cesion:
            return tr("Consulta al registro");
        }
        return {};
    case TrackIdColumn:
        return answer.trackId;
    case CodeColumn:
        return answer.code;
    case MeaningColumn: {
        const QString meaning = CessionCodeExplainer::explain(answer.code);
        if (answer.description.isEmpty() || answer.description == meaning)
            return meaning;
        return tr("%1 — SII: %2").arg(meaning, answer.description);
    }
    default:
        return {};
    }
}

QVariant SiiAnswerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Recibida");
    case ServiceColumn:
        return tr("Servicio");
    case TrackIdColumn:
        return tr("TRACKID");
    case CodeColumn:
        return tr("Código");
    case MeaningColumn:
        return tr("Significado");
    default:
        return {};
    }
}

} // namespace factora::ui
