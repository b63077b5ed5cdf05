// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "audit/AuditFilter.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace factora::ui {

class AuditTableModel;

/**
 * @brief The "Auditoría" section (audit.read): the audit log filtered by dates, actor, action and entity, read a
 * page at a time on worker threads; the details of the selected entry; and "Verificar cadena", which walks the
 * hash chain on a worker thread with progress and cancel and says in words where it first breaks.
 */
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500;

    AuditPage(DesktopContext context, core::UserSession session, QWidget* parent = nullptr);

    AuditTableModel* model() const { return m_model; }
    /** @brief The filter the form describes now. */
    core::AuditFilter currentFilter() const;

public slots:
    /** @brief Lists the entries matching the form's filter again, from the newest. */
    void applyFilter();
    /** @brief Starts the chain verification; verificationFinished() follows. */
    void verifyChain();

signals:
    /** @brief A page of entries arrived (the first one after applyFilter() too). */
    void pageLoaded();
    /** @brief The verification ended: @p intact, and the sentence shown to the user. */
    void verificationFinished(bool intact, const QString& message);

private:
    void loadChoices();
    void loadPage(int generation, qint64 beforeId);
    void showDetails();

    DesktopContext m_context;
    core::UserSession m_session;
    AuditTableModel* m_model;
    QCheckBox* m_dateCheck;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QComboBox* m_entity;
    QLineEdit* m_entityId;
    QPushButton* m_applyButton;
    QLabel* m_countLabel;
    QTableView* m_view;
    QPlainTextEdit* m_details;
    QPushButton* m_verifyButton;
    QPushButton* m_cancelVerifyButton;
    QProgressBar* m_progress;
    QLabel* m_verifyResult;
    std::shared_ptr<std::atomic_bool> m_cancelVerify;
};

} // namespace factora::ui
