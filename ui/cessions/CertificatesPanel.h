// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/CertificateStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace factora::core {
class SecretStore;
}

namespace factora::ui {

class CertificateTableModel;

/**
 * @brief The "Certificados" tab: the signing certificates in the OS keychain (CertificateStore), importing a
 * .pfx/.p12 with its password and removing one after a confirmation. The private key goes to the keychain only
 * re-encrypted (CertificateStore::import()); the password is never logged nor kept.
 */
class CertificatesPanel : public QWidget
{
    Q_OBJECT

public:
    CertificatesPanel(core::SecretStore& secrets, const core::Clock& clock, QWidget* parent = nullptr);

    /** @brief Reads the list again from the keychain. */
    void reload();

    /** @brief Imports the PKCS#12 file at @p path with @p password; what the import button does after its dialogs. */
    core::Result<core::CertificateInfo> importFile(const QString& path, const QByteArray& password);

    /** @brief Asks for confirmation and removes the selected certificate; false when nothing was removed. */
    bool removeSelected();

    CertificateTableModel* model() const { return m_model; }

signals:
    /** @brief A certificate was imported or removed. */
    void certificatesChanged();

protected:
    /** @brief Reads the keychain the first time the tab is shown, not when the main window builds its pages. */
    void showEvent(QShowEvent* event) override;

private:
    void onImportClicked();
    void showError(const QString& message);
    void showStatus(const QString& message);
    void updateButtons();

    core::CertificateStore m_store;
    CertificateTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QLabel* m_statusLabel;
    QPushButton* m_importButton;
    QPushButton* m_removeButton;
    bool m_loaded = false;
};

} // namespace factora::ui
