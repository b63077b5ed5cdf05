// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "crypto/CertificateInfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/**
 * @brief The signing certificates kept in the keychain (CertificateStore::list()), one per row: holder, RUT,
 * subject, issuer, validity and whether it is valid, expiring within expiringSoonDays, expired or not valid yet.
 */
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HolderColumn,
        RutColumn,
        SubjectColumn,
        IssuerColumn,
        NotBeforeColumn,
        NotAfterColumn,
        StatusColumn,
        ColumnCount
    };

    /** @brief Where a certificate stands at a given instant. */
    enum class Validity { Valid, ExpiringSoon, Expired, NotYetValid };

    /** @brief The certificate's id (SHA-256 fingerprint, hex) on every column. */
    static constexpr int IdRole = Qt::UserRole + 1;
    /** @brief The Validity, as an int, on every column. */
    static constexpr int ValidityRole = Qt::UserRole + 2;

    /** @brief Certificates expiring within this many days are marked. */
    static constexpr int expiringSoonDays = 30;

    explicit CertificateTableModel(const core::Clock& clock, QObject* parent = nullptr);

    void setCertificates(QList<core::CertificateInfo> certificates);
    const QList<core::CertificateInfo>& certificates() const { return m_certificates; }

    static Validity validityOf(const core::CertificateInfo& certificate, const QDateTime& now);
    /** @brief "Vigente", "Vence en N días", "Vencido el …", "Aún no vigente". */
    static QString validityText(const core::CertificateInfo& certificate, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::Clock& m_clock;
    QList<core::CertificateInfo> m_certificates;
};

} // namespace factora::ui
