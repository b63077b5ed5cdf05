// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CertificateTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace factora::ui {

CertificateTableModel::CertificateTableModel(const core::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

void CertificateTableModel::setCertificates(QList<core::CertificateInfo> certificates)
{
    beginResetModel();
    m_certificates = std::move(certificates);
    endResetModel();
}

CertificateTableModel::Validity CertificateTableModel::validityOf(const core::CertificateInfo& certificate,
                                                                  const QDateTime& now)
{
    if (now < certificate.notBefore)
        return Validity::NotYetValid;
    if (now > certificate.notAfter)
        return Validity::Expired;
    if (now.addDays(expiringSoonDays) > certificate.notAfter)
        return Validity::ExpiringSoon;
    return Validity::Valid;
}

QString CertificateTableModel::validityText(const core::CertificateInfo& certificate, const QDateTime& now)
{
    const QString until = QLocale().toString(certificate.notAfter.toLocalTime().date(), QLocale::ShortFormat);
    switch (validityOf(certificate, now)) {
    case Validity::NotYetValid:
        return tr("Aún no vigente (desde %1)")
            .arg(QLocale().toString(certificate.notBefore.toLocalTime().date(), QLocale::ShortFormat));
    case Validity::Expired:
        return tr("Vencido el %1").arg(until);
    case Validity::ExpiringSoon: {
        const qint64 days = now.daysTo(certificate.notAfter);
        return tr("Vence en %n día(s) (%1)", nullptr, int(days)).arg(until);
    }
    case Validity::Valid:
        break;
    }
    return tr("Vigente hasta el %1").arg(until);
}

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CertificateInfo& certificate = m_certificates.at(index.row());
    const QDateTime now = m_clock.nowUtc();
    const Validity validity = validityOf(certificate, now);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HolderColumn:
            return certificate.commonName;
        case RutColumn:
            return certificate.holderRut.isEmpty() ? tr("(sin RUT)") : certificate.holderRut;
        case SubjectColumn:
            return certificate.subject;
        case IssuerColumn:
            return certificate.issuer;
        case NotBeforeColumn:
            return QLocale().toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat);
        case NotAfterColumn:
            return QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            return validityText(certificate, now);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (validity == Validity::Expired || validity == Validity::NotYetValid)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (validity == Validity::ExpiringSoon)
            return QBrush(QColor(0xa0, 0x50, 0x00));
        return {};
    case IdRole:
        return certificate.id;
    case ValidityRole:
        return int(validity);
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HolderColumn:
        return tr("Titular");
    case RutColumn:
        return tr("RUT");
    case SubjectColumn:
        return tr("Sujeto");
    case IssuerColumn:
        return tr("Emisor");
    case NotBeforeColumn:
        return tr("Válido desde");
    case NotAfterColumn:
        return tr("Válido hasta");
    case StatusColumn:
        return tr("Estado");
    default:
        return {};
    }
}

} // namespace factora::ui
