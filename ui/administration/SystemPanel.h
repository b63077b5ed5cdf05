// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AdminActionOutcome.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace factora::ui {

class SystemSettingTableModel;

/**
 * @brief The "Sistema" tab: retention periods, the SII environment and the server's endpoints, as shared values
 * of their configuration keys (core::SharedConfiguration). A value is checked against the key registry before it
 * is saved; the table says which take effect only when the server restarts.
 */
class SystemPanel : public QWidget
{
    Q_OBJECT

public:
    SystemPanel(DesktopContext context, core::UserSession session, QWidget* parent = nullptr);

    SystemSettingTableModel* model() const { return m_model; }

public slots:
    void reload();

signals:
    void loaded();
    void actionFinished(bool ok, const QString& message);

private:
    void onSelectionChanged();
    void save(const QString& value);

    DesktopContext m_context;
    core::UserSession m_session;
    SystemSettingTableModel* m_model;
    QTableView* m_view;
    QLabel* m_keyLabel;
    QLineEdit* m_value;
    QPushButton* m_saveButton;
    QPushButton* m_clearButton;
    QLabel* m_status;
    QString m_selectedKey;
};

} // namespace factora::ui
