// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
//
// bench_invoice_pdf [COUNT] — printed invoices (PDF with the PDF417 timbre) rendered per second, next to a reference
// measured in the same run: the same page's text drawn with cairo and pango alone into a PDF, with no barcode, no
// layout decisions and no DTE (the text is what pdftotext reads back from our own page, one pango layout per line).
// The ratio says what the invoice's own work (fields, layout, wrapping checks, PDF417) costs on top of drawing its
// text. Both sides are timed with the thread's CPU clock (the machine may be shared), the DTE is the SII's sample
// tests/data/sii/DTE--76354771-K--33--170.xml (one item, one reference), on one thread.

#include "invoice/InvoiceDocumentReader.h"
#include "invoice/InvoiceRenderer.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <cstdio>
#include <ctime>

using namespace factora::core;

namespace {
[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_invoice_pdf: %s\n", qPrintable(message));
    std::exit(1);
}

double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

/** The reference: @p lines drawn with pango into a Letter PDF in memory, 8.5 pt DejaVu Sans, one layout per line. */
QByteArray drawText(const QList<QByteArray>& lines)
{
    QByteArray pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &pdf, 612, 792);
    cairo_t* cr = cairo_create(surface);
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans 8.5");
    pango_font_description_set_absolute_size(font, 8.5 * PANGO_SCALE);
    double y = 42;
    for (const QByteArray& line : lines) {
        PangoLayout* layout = pango_cairo_create_layout(cr);
        pango_layout_set_font_description(layout, font);
        pango_layout_set_width(layout, 527 * PANGO_SCALE);
        pango_layout_set_text(layout, line.constData(), int(line.size()));
        cairo_move_to(cr, 42, y);
        pango_cairo_show_layout(cr, layout);
        y += 11;
        g_object_unref(layout);
    }
    pango_font_description_free(font);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return pdf;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    if (count <= 0)
        die(QStringLiteral("COUNT must be a positive number"));

    const QString dtePath = QStringLiteral(FACTORA_SOURCE_DIR "/tests/data/sii/DTE--76354771-K--33--170.xml");
    auto documents = InvoiceDocumentReader::loadFile(dtePath);
    if (!documents)
        die(documents.error().message());
    InvoiceOptions options;
    options.resolutionNumber = QStringLiteral("80");
    options.resolutionDate = QDate(2014, 8, 22);
    options.siiOffice = QStringLiteral("Quillota");
    options.branding.logoPath = QStringLiteral(FACTORA_SOURCE_DIR "/tests/data/invoice/logo.png");
    const InvoiceDocument& document = documents->first();

    // The page's text, as pdftotext reads it from our own rendering.
    auto first = InvoiceRenderer::render(document, options);
    if (!first)
        die(first.error().message());
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("invoice.pdf"));
    QFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*first) != first->size())
        die(QStringLiteral("cannot write %1").arg(pdfPath));
    file.close();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        die(QStringLiteral("pdftotext (poppler-utils) is not installed"));
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                              QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        die(QStringLiteral("pdftotext failed"));
    QList<QByteArray> lines;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }

    // Warm both (fonts, fontconfig caches), then time them interleaved in rounds.
    qsizetype bytes = drawText(lines).size() + InvoiceRenderer::render(document, options)->size();
    double invoiceSeconds = 0;
    double referenceSeconds = 0;
    const int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        const int n = count / rounds + (round < count % rounds ? 1 : 0);
        double start = threadSeconds();
        for (int i = 0; i < n; ++i) {
            auto pdf = InvoiceRenderer::render(document, options);
            if (!pdf)
                die(pdf.error().message());
            bytes += pdf->size();
        }
        invoiceSeconds += threadSeconds() - start;
        start = threadSeconds();
        for (int i = 0; i < n; ++i)
            bytes += drawText(lines).size();
        referenceSeconds += threadSeconds() - start;
    }
    const double invoiceRate = count / invoiceSeconds;
    const double referenceRate = count / referenceSeconds;
    std::printf("invoice PDFs (text, layout, logo, PDF417 timbre): %8.1f /s  (%lld bytes each)\n", invoiceRate,
                static_cast<long long>(first->size()));
    std::printf("reference (same %lld text lines, cairo+pango only): %8.1f /s\n", static_cast<long long>(lines.size()),
                referenceRate);
    std::printf("ratio invoice / reference: %.2f   (thread CPU time, %d of each; %lld bytes written in all)\n",
                invoiceRate / referenceRate, count, static_cast<long long>(bytes));
    return 0;
}
