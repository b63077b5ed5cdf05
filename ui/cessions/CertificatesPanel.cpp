// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CertificatesPanel.h"

#include "CertificateTableModel.h"
#include "crypto/Pkcs12Bundle.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    /** A .pfx/.p12 larger than this is not a certificate file. */
    constexpr qint64 maxPkcs12Bytes = 1024 * 1024;
} // namespace

CertificatesPanel::CertificatesPanel(core::SecretStore& secrets, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(secrets, clock)
    , m_model(new CertificateTableModel(clock, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Importar certificado…"), this))
    , m_removeButton(new QPushButton(tr("&Eliminar…"), this))
{
    setObjectName(QStringLiteral("certificatesPanel"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("certificateTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_emptyLabel->setObjectName(QStringLiteral("certificatesEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No hay certificados en el llavero. Importe el archivo .pfx o .p12 de su firma "
                             "electrónica con «Importar certificado…»."));
    m_statusLabel->setObjectName(QStringLiteral("certificatesStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_importButton->setObjectName(QStringLiteral("importCertificateButton"));
    m_removeButton->setObjectName(QStringLiteral("removeCertificateButton"));
    m_removeButton->setShortcut(QKeySequence::Delete);

    auto* hint = new QLabel(tr("Los certificados se guardan cifrados en el llavero del sistema (%1). La clave "
                               "privada nunca se escribe en disco sin cifrar.")
                                .arg(secrets.location()),
                            this);
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);

    connect(m_importButton, &QPushButton::clicked, this, &CertificatesPanel::onImportClicked);
    connect(m_removeButton, &QPushButton::clicked, this, &CertificatesPanel::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatesPanel::updateButtons);
    m_emptyLabel->hide();
    updateButtons();
}

void CertificatesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void CertificatesPanel::reload()
{
    m_loaded = true;
    auto listed = m_store.list();
    if (!listed) {
        m_model->setCertificates({});
        showError(listed.error().message());
    } else {
        m_model->setCertificates(listed.value());
    }
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    m_table->setVisible(m_model->rowCount() > 0);
    m_table->resizeColumnsToContents();
    updateButtons();
}

core::Result<core::CertificateInfo> CertificatesPanel::importFile(const QString& path, const QByteArray& password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error(core::ErrorCode::NotFound,
                           tr("No se pudo leer el archivo %1: %2").arg(path, file.errorString()));
    if (file.size() > maxPkcs12Bytes)
        return core::Error(core::ErrorCode::InvalidInput,
                           tr("El archivo %1 es demasiado grande para ser un certificado .pfx/.p12.").arg(path));
    const QByteArray bytes = file.readAll();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = m_store.import(bytes, password);
    QGuiApplication::restoreOverrideCursor();
    reload();
    if (!imported) {
        showError(tr("No se importó %1: %2").arg(path, imported.error().message()));
        return imported.error();
    }
    showStatus(tr("Se importó el certificado de %1 (RUT %2).")
                   .arg(imported->commonName, imported->holderRut.isEmpty() ? tr("sin RUT") : imported->holderRut));
    emit certificatesChanged();
    return imported;
}

bool CertificatesPanel::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    const core::CertificateInfo certificate = m_model->certificates().at(source.row());
    QMessageBox confirm(QMessageBox::Warning, tr("Eliminar certificado"),
                        tr("¿Eliminar del llavero el certificado de %1 (RUT %2, válido hasta %3)?\n\nNo podrá firmar "
                           "cesiones con él hasta importarlo de nuevo desde su archivo .pfx/.p12.")
                            .arg(certificate.commonName, certificate.holderRut,
                                 QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("removeCertificateConfirmation"));
    confirm.button(QMessageBox::Yes)->setText(tr("Eliminar"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    if (auto removed = m_store.remove(certificate.id); !removed) {
        showError(removed.error().message());
        reload();
        return false;
    }
    reload();
    showStatus(tr("Se eliminó el certificado de %1.").arg(certificate.commonName));
    emit certificatesChanged();
    return true;
}

void CertificatesPanel::onImportClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importar certificado"), QString(),
                                                      tr("Certificados PKCS#12 (*.pfx *.p12);;Todos los archivos (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    QString password = QInputDialog::getText(this, tr("Contraseña del certificado"),
                                             tr("Contraseña de %1:").arg(QFileInfo(path).fileName()),
                                             QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QByteArray bytes = password.toUtf8();
    password.fill(QLatin1Char('\0'));
    (void)importFile(path, bytes);
    bytes.fill('\0');
}

void CertificatesPanel::showError(const QString& message)
{
    m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_statusLabel->setText(message);
}

void CertificatesPanel::showStatus(const QString& message)
{
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(message);
}

void CertificatesPanel::updateButtons()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace factora::ui
