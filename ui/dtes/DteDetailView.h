// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteDetail.h"
#include "common/Result.h"

#include <QWidget>

class QBuffer;
class QFormLayout;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace factora::ui {

/**
 * @brief The detail of one DTE, in tabs: "Datos" (the fields and the payment schedule), "Verificaciones" (the
 * schema and both signature verdicts in words), "Cesiones" (the cession chain) and "Factura" (the rendered invoice
 * in a QPdfView, with "Guardar PDF…"). Shows an empty state until a DTE is chosen, and a loading state meanwhile.
 */
class DteDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit DteDetailView(QWidget* parent = nullptr);
    ~DteDetailView() override;

    /** @brief Back to "choose a DTE". */
    void clear();
    /** @brief "Cargando…" while the detail of a DTE is read. */
    void showLoading();
    /** @brief Shows @p detail (or its error). */
    void setDetail(const DteDetail& detail);

    /** @brief The DTE shown; 0 when none. */
    qint64 dteId() const { return m_detail.record.id; }
    /** @brief The rendered invoice shown; empty when none. */
    const QByteArray& pdf() const { return m_detail.pdf; }
    /** @brief Writes the rendered invoice to @p path atomically. */
    core::Status savePdf(const QString& path) const;
    /** @brief The file name offered by "Guardar PDF…": "DTE-<RUT>-<tipo>-<folio>.pdf". */
    QString suggestedPdfName() const;

    /** @brief The schema verdict in words, as the "Verificaciones" tab shows it. */
    static QString schemaVerdict(const core::DteRecord& record);
    /** @brief The strict signature verdict in words. */
    static QString strictSignatureVerdict(const core::DteRecord& record);
    /** @brief The SII-way signature verdict in words. */
    static QString siiSignatureVerdict(const core::DteRecord& record);

private:
    void askAndSavePdf();
    void addField(const QString& label, const QString& value);

    DteDetail m_detail;
    QStackedWidget* m_stack;
    QLabel* m_messageLabel;
    QLabel* m_titleLabel;
    QTabWidget* m_tabs;
    QFormLayout* m_fields;
    QLabel* m_schemaLabel;
    QLabel* m_strictLabel;
    QLabel* m_siiLabel;
    QLabel* m_verdictLabel;
    QTreeWidget* m_cessionTree;
    QLabel* m_cessionEmptyLabel;
    QStackedWidget* m_pdfStack;
    QPdfView* m_pdfView;
    QPdfDocument* m_pdfDocument;
    QBuffer* m_pdfBuffer;
    QLabel* m_pdfErrorLabel;
    QPushButton* m_savePdfButton;
};

} // namespace factora::ui
