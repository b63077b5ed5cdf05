// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionTableModel.h"

#include "types/Money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace factora::ui {

CessionTableModel::CessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CessionTableModel::setCessions(QList<core::Cession> cessions)
{
    bool sameRows = cessions.size() == m_cessions.size();
    for (qsizetype row = 0; sameRows && row < cessions.size(); ++row)
        sameRows = cessions.at(row).id == m_cessions.at(row).id;
    if (!sameRows) {
        beginResetModel();
        m_cessions = std::move(cessions);
        endResetModel();
        return;
    }
    m_cessions = std::move(cessions);
    if (!m_cessions.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_cessions.size()) - 1, ColumnCount - 1));
}

int CessionTableModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_cessions.size(); ++row) {
        if (m_cessions.at(row).id == id)
            return int(row);
    }
    return -1;
}

QString CessionTableModel::documentLabel(int tipo, qint64 folio)
{
    switch (tipo) {
    case 33:
        return tr("Factura electrónica N° %1").arg(folio);
    case 34:
        return tr("Factura exenta N° %1").arg(folio);
    case 43:
        return tr("Liquidación factura N° %1").arg(folio);
    case 46:
        return tr("Factura de compra N° %1").arg(folio);
    default:
        return tr("DTE tipo %1 N° %2").arg(tipo).arg(folio);
    }
}

QString CessionTableModel::environmentLabel(const QString& environmentName)
{
    if (environmentName == QLatin1StringView("certificacion"))
        return tr("Certificación");
    if (environmentName == QLatin1StringView("produccion"))
        return tr("Producción");
    return environmentName;
}

int CessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cessions.size());
}

int CessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Cession& cession = m_cessions.at(index.row());
    if (role == IdRole)
        return cession.id;
    if (role == StateNameRole)
        return core::CessionStates::name(cession.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (cession.state == core::CessionState::Rejected || cession.state == core::CessionState::Annulled)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (cession.state == core::CessionState::Annotated)
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case AmountColumn:
            return cession.amount;
        case StateColumn:
            return int(cession.state);
        case UpdatedColumn:
            return cession.updatedAt;
        case DocumentColumn:
            return QStringLiteral("%1/%2/%3")
                .arg(cession.emitterRut)
                .arg(cession.tipo)
                .arg(cession.folio, 12, 10, QLatin1Char('0'));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DocumentColumn:
        return tr("%1 de %2 (cesión %3)")
            .arg(documentLabel(cession.tipo, cession.folio), cession.emitterRut)
            .arg(cession.seq);
    case CedenteColumn:
        return cession.cedenteRut;
    case CesionarioColumn:
        return cession.cesionarioRut;
    case AmountColumn:
        return core::Money::fromPesos(cession.amount).toDisplayString();
    case StateColumn:
        return core::CessionStates::description(cession.state);
    case SiiCodeColumn:
        return role == Qt::ToolTipRole && !cession.siiMessage.isEmpty() ? cession.siiMessage : cession.siiCode;
    case TrackIdColumn:
        return cession.trackId;
    case EnvironmentColumn:
        return environmentLabel(cession.environment);
    case UpdatedColumn:
        return QLocale().toString(cession.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Documento");
    case CedenteColumn:
        return tr("Cedente");
    case CesionarioColumn:
        return tr("Cesionario");
    case AmountColumn:
        return tr("Monto cedido");
    case StateColumn:
        return tr("Estado");
    case SiiCodeColumn:
        return tr("Código SII");
    case TrackIdColumn:
        return tr("TRACKID");
    case EnvironmentColumn:
        return tr("Ambiente SII");
    case UpdatedColumn:
        return tr("Actualizada");
    default:
        return {};
    }
}

} // namespace factora::ui
