// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AdminActionOutcome.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace factora::ui {

/**
 * @brief The "Marca y plantillas" tab: the factoring's name, logo and colours printed on invoices (the branding.*
 * settings of core::InvoiceSettings, effective at the next invoice), and, when this build registers the
 * dispatch/template_* keys, the e-mail and SMS templates with a preview rendered by core::DispatchTemplates.
 */
class BrandingPanel : public QWidget
{
    Q_OBJECT

public:
    BrandingPanel(DesktopContext context, core::UserSession session, QWidget* parent = nullptr);

    /** @brief The preview of the template being edited, rendered with sample values, or the reason it cannot be. */
    QString previewText() const;

public slots:
    void reload();

signals:
    void loaded();
    void actionFinished(bool ok, const QString& message);

private:
    void saveBranding();
    void chooseLogo();
    void chooseColor(QLineEdit* edit);
    void showTemplate();
    void updatePreview();
    void saveTemplate();
    void updateSwatches();

    DesktopContext m_context;
    core::UserSession m_session;
    QLineEdit* m_name;
    QLineEdit* m_logo;
    QLineEdit* m_primary;
    QLineEdit* m_secondary;
    QLabel* m_primarySwatch;
    QLabel* m_secondarySwatch;
    QPushButton* m_saveBrandingButton;
    QComboBox* m_templateCombo = nullptr;
    QPlainTextEdit* m_templateEdit = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_saveTemplateButton = nullptr;
    QLabel* m_status;
    QMap<QString, QString> m_stored; ///< branding.* settings and shared template values as last read
};

} // namespace factora::ui
