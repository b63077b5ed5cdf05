// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AdminActionOutcome.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace factora::ui {

class CompanyTableModel;

/**
 * @brief The "Empresas" tab: the companies, a form to create or edit one with its channel convenios (Caja Vecina,
 * e-mail, SMS), and enabling or disabling it after a confirmation. Everything goes through core::CompanyService on
 * a worker thread; the core checks "companies.manage" and audits each change.
 */
class CompaniesPanel : public QWidget
{
    Q_OBJECT

public:
    CompaniesPanel(DesktopContext context, core::UserSession session, QWidget* parent = nullptr);

    CompanyTableModel* model() const { return m_model; }

public slots:
    /** @brief Reads the companies again; loaded() follows. */
    void reload();

signals:
    void loaded();
    /** @brief An action (save, enable, disable) ended; @p message says how, in words. */
    void actionFinished(bool ok, const QString& message);

private:
    void onSelectionChanged();
    void clearForm();
    void save();
    void toggleEnabled();
    void finishAction(const AdminActionOutcome& outcome);
    void setBusy(bool busy);

    DesktopContext m_context;
    core::UserSession m_session;
    CompanyTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QLineEdit* m_rut;
    QLineEdit* m_name;
    QLineEdit* m_giro;
    QLineEdit* m_address;
    QLineEdit* m_comuna;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QCheckBox* m_cedente;
    QCheckBox* m_debtor;
    QCheckBox* m_cajaVecina;
    QCheckBox* m_emailChannel;
    QCheckBox* m_sms;
    QPushButton* m_newButton;
    QPushButton* m_saveButton;
    QPushButton* m_toggleButton;
    QLabel* m_status;
    qint64 m_editingId = 0;
    qint64 m_selectAfterLoad = 0;
};

} // namespace factora::ui
