// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/CessionState.h"

#include <QList>
#include <QString>
#include <QWizardPage>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace factora::ui {

class CessionWizard;

/**
 * @brief Last step of CessionWizard: the SII environment shown plainly, then, on request, each signed AEC recorded
 * and uploaded (CessionService::record() and submit()) on a worker thread, and its state followed live
 * (CessionService::refresh() every pollIntervalMs()) until the SII annotates or rejects it.
 */
class CessionSubmissionPage : public QWizardPage
{
    Q_OBJECT

public:
    /** @brief One document's standing after the upload. */
    struct Row
    {
        qint64 dteId = 0;
        QString label;
        qint64 cessionId = 0; ///< 0 when it could not be recorded
        std::optional<core::CessionState> state;
        QString trackId;
        QString message; ///< the SII's meaning, or the error
    };

    explicit CessionSubmissionPage(CessionWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    /** @brief Records and uploads every signed AEC; what the "Enviar al SII" button does. */
    void submit();

    const QList<Row>& rows() const { return m_rows; }
    /** @brief True while some upload has a TRACKID the SII has not finished with. */
    bool isFollowing() const;

private:
    void showRows();
    void pollOnce();

    CessionWizard* m_wizard;
    QLabel* m_environmentLabel;
    QPushButton* m_submitButton;
    QTableWidget* m_resultTable;
    QLabel* m_statusLabel;
    QTimer* m_pollTimer;
    QList<Row> m_rows;
    bool m_submitted = false;
    bool m_busy = false;
};

} // namespace factora::ui
