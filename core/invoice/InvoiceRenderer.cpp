// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InvoiceRenderer.h"

#include "InvoiceFormat.h"
#include "InvoiceSettings.h"
#include "Pdf417Symbol.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <tuple>

namespace factora::core {

// Text printed on the page is Spanish whatever the interface language (a Chilean tax document: see InvoiceFormat);
// only messages to the person (errors) go through QCoreApplication::translate.

namespace {

constexpr double mm = 72.0 / 25.4;

struct Rgb
{
    double r = 0;
    double g = 0;
    double b = 0;
};

Rgb colorOf(const QString& hex)
{
    const uint value = hex.mid(1).toUInt(nullptr, 16);
    return {((value >> 16) & 0xFF) / 255.0, ((value >> 8) & 0xFF) / 255.0, (value & 0xFF) / 255.0};
}

const Rgb ink{0.10, 0.10, 0.10};
const Rgb grey{0.40, 0.40, 0.40};
const Rgb rule{0.75, 0.75, 0.75};
const Rgb siiRed{0.80, 0.00, 0.00};
const Rgb white{1.0, 1.0, 1.0};

struct GObjectDeleter
{
    void operator()(void* object) const { g_object_unref(object); }
};
struct FontDeleter
{
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
struct SurfaceDeleter
{
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDeleter
{
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;
using FontPtr = std::unique_ptr<PangoFontDescription, FontDeleter>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter>;

enum class Align { Left, Center, Right };

struct Style
{
    double size = 8.5;
    bool bold = false;
    Align align = Align::Left;
};

/** Text and shapes on one cairo context; sizes in points. */
class Canvas
{
public:
    explicit Canvas(cairo_t* cr)
        : m_cr(cr)
        , m_context(pango_cairo_create_context(cr))
    {
    }

    LayoutPtr layout(const QString& text, const Style& style, double width) const
    {
        // One pango context for the whole document: creating one per layout costs more than the layout itself.
        LayoutPtr layout(pango_layout_new(m_context.get()));
        FontPtr font(pango_font_description_new());
        pango_font_description_set_family(font.get(), "DejaVu Sans");
        pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
        pango_layout_set_font_description(layout.get(), font.get());
        pango_layout_set_width(layout.get(), pango_units_from_double(width));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout.get(), style.align == Align::Center  ? PANGO_ALIGN_CENTER
                                                 : style.align == Align::Right ? PANGO_ALIGN_RIGHT
                                                                               : PANGO_ALIGN_LEFT);
        const QByteArray utf8 = text.toUtf8();
        pango_layout_set_text(layout.get(), utf8.constData(), int(utf8.size()));
        return layout;
    }

    static double height(PangoLayout* layout)
    {
        int width = 0;
        int height = 0;
        pango_layout_get_size(layout, &width, &height);
        return height / double(PANGO_SCALE);
    }

    static int lines(PangoLayout* layout) { return pango_layout_get_line_count(layout); }

    void draw(PangoLayout* layout, double x, double y, const Rgb& color) const
    {
        cairo_set_source_rgb(m_cr, color.r, color.g, color.b);
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout(m_cr, layout);
    }

    /** Draws @p text when @p paint, and returns its height either way. */
    double text(bool paint, const QString& text, const Style& style, double x, double y, double width,
                const Rgb& color = ink) const
    {
        LayoutPtr laid = layout(text, style, width);
        if (paint)
            draw(laid.get(), x, y, color);
        return height(laid.get());
    }

    void fill(double x, double y, double width, double height, const Rgb& color) const
    {
        cairo_set_source_rgb(m_cr, color.r, color.g, color.b);
        cairo_rectangle(m_cr, x, y, width, height);
        cairo_fill(m_cr);
    }

    void frame(double x, double y, double width, double height, const Rgb& color, double lineWidth) const
    {
        cairo_set_source_rgb(m_cr, color.r, color.g, color.b);
        cairo_set_line_width(m_cr, lineWidth);
        cairo_rectangle(m_cr, x, y, width, height);
        cairo_stroke(m_cr);
    }

    void line(double x1, double y1, double x2, double y2, const Rgb& color, double lineWidth) const
    {
        cairo_set_source_rgb(m_cr, color.r, color.g, color.b);
        cairo_set_line_width(m_cr, lineWidth);
        cairo_move_to(m_cr, x1, y1);
        cairo_line_to(m_cr, x2, y2);
        cairo_stroke(m_cr);
    }

    cairo_t* cr() const { return m_cr; }

private:
    cairo_t* m_cr;
    std::unique_ptr<PangoContext, GObjectDeleter> m_context;
};

cairo_status_t appendToByteArray(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

QString longDate(const QDate& date)
{
    return QLocale(QLocale::Spanish, QLocale::Chile).toString(date, QStringLiteral("d 'de' MMMM 'de' yyyy"));
}

/** The items on one page and whether the closing block (references, totals, timbre) goes there. */
struct PagePlan
{
    QList<int> rows;
    bool closing = false;
};

/** Lays out and draws one document. Each block is measured with paint = false and drawn with paint = true. */
class Page
{
public:
    Page(const InvoiceDocument& document, const InvoiceOptions& options, const Canvas& canvas, double width,
         double height, cairo_surface_t* logo, const Pdf417Symbol& symbol)
        : m_document(document)
        , m_dte(document.dte)
        , m_options(options)
        , m_canvas(canvas)
        , m_width(width)
        , m_height(height)
        , m_logo(logo)
        , m_symbol(symbol)
        , m_primary(colorOf(options.branding.primaryColor))
        , m_secondary(colorOf(options.branding.secondaryColor))
    {
        m_contentWidth = m_width - 2 * m_margin;
        m_where = QCoreApplication::translate("InvoiceRenderer", "«%1», DTE tipo %2 folio %3")
                      .arg(m_dte.sourceName())
                      .arg(m_dte.tipo())
                      .arg(m_dte.folio());
        const double fixed = m_codeWidth + m_quantityWidth + m_priceWidth + m_amountWidth;
        m_descriptionWidth = m_contentWidth - fixed;
    }

    Status draw()
    {
        // Measure everything first: the header's height, each item row, the closing block; then plan pages.
        auto header = headerBlock(false);
        if (!header)
            return header.error();
        m_headerBottom = *header;
        auto receiver = receiverBlock(false, m_headerBottom);
        if (!receiver)
            return receiver.error();
        m_firstTableTop = *receiver + 10;
        m_nextTableTop = m_headerBottom + 4;
        m_bottomLimit = m_height - m_margin - m_footerHeight - 10;
        for (qsizetype i = 0; i < m_document.lines.size(); ++i) {
            auto rowHeight = row(false, int(i), 0);
            if (!rowHeight)
                return rowHeight.error();
            m_rowHeights << *rowHeight;
        }
        auto closingHeight = closing(false, 0);
        if (!closingHeight)
            return closingHeight.error();

        QList<PagePlan> plan{PagePlan{}};
        double y = m_firstTableTop + m_tableHeaderHeight;
        for (qsizetype i = 0; i < m_rowHeights.size(); ++i) {
            if (y + m_rowHeights.at(i) > m_bottomLimit - m_continuedHeight) {
                if (plan.last().rows.isEmpty() || m_nextTableTop + m_tableHeaderHeight + m_rowHeights.at(i) > m_bottomLimit - m_continuedHeight) {
                    return Error(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("InvoiceRenderer",
                                                             "%1: la línea %2 del detalle es demasiado larga: no cabe "
                                                             "en una página.")
                                     .arg(m_where)
                                     .arg(m_document.lines.at(i).number));
                }
                plan << PagePlan{};
                y = m_nextTableTop + m_tableHeaderHeight;
            }
            plan.last().rows << int(i);
            y += m_rowHeights.at(i);
        }
        if (y + 10 + *closingHeight > m_bottomLimit) {
            if (m_nextTableTop + *closingHeight > m_bottomLimit) {
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate("InvoiceRenderer",
                                                         "%1: las referencias, los totales y el timbre no caben en "
                                                         "una página (hay demasiadas referencias).")
                                 .arg(m_where));
            }
            plan << PagePlan{};
        }
        plan.last().closing = true;

        for (qsizetype p = 0; p < plan.size(); ++p) {
            const PagePlan& page = plan.at(p);
            (void)headerBlock(true);
            double top = m_nextTableTop;
            if (p == 0) {
                (void)receiverBlock(true, m_headerBottom);
                top = m_firstTableTop;
            }
            if (!page.rows.isEmpty() || p == 0) {
                tableHeader(top);
                double rowY = top + m_tableHeaderHeight;
                for (int index : page.rows) {
                    (void)row(true, index, rowY);
                    rowY += m_rowHeights.at(index);
                }
                m_canvas.line(m_margin, rowY, m_margin + m_contentWidth, rowY, m_primary, 0.8);
                top = rowY + 10;
                if (!page.closing) {
                    m_canvas.text(true,
                                  QStringLiteral("Continúa en la página %1.").arg(p + 2),
                                  Style{7.5, false, Align::Right}, m_margin, rowY + 3, m_contentWidth, grey);
                }
            }
            if (page.closing)
                (void)closing(true, top);
            footer(int(p) + 1, int(plan.size()));
            cairo_show_page(m_canvas.cr());
        }
        return {};
    }

private:
    Error doesNotFit(const QString& field, int maxLines) const
    {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("InvoiceRenderer",
                                                 "%1: %2 no cabe en su lugar de la página (más de %3 líneas).")
                         .arg(m_where, field)
                         .arg(maxLines));
    }

    /** Draws (or measures) @p text and checks it takes at most @p maxLines lines; returns its height. */
    Result<double> bounded(bool paint, const QString& text, const Style& style, double x, double y, double width,
                           int maxLines, const QString& field, const Rgb& color = ink) const
    {
        LayoutPtr laid = m_canvas.layout(text, style, width);
        if (Canvas::lines(laid.get()) > maxLines)
            return doesNotFit(field, maxLines);
        if (paint)
            m_canvas.draw(laid.get(), x, y, color);
        return Canvas::height(laid.get());
    }

    /** The emitter block and the SII's red box; the bottom of both. */
    Result<double> headerBlock(bool paint)
    {
        const double boxX = m_margin + m_contentWidth - m_boxWidth;
        const double innerWidth = m_boxWidth - 16;
        const Style red{11.5, true, Align::Center};
        double y = m_margin + 9;
        const QString typeName = InvoiceFormat::documentTypeName(m_dte.tipo());
        y += m_canvas.text(paint, QStringLiteral("R.U.T.: %1").arg(dottedRut(m_dte.emisor().rut)), red,
                           boxX + 8, y, innerWidth, siiRed)
             + 5;
        auto typeHeight = bounded(paint, typeName, red, boxX + 8, y, innerWidth, 3,
                                  QCoreApplication::translate("InvoiceRenderer", "el nombre del tipo de documento"), siiRed);
        if (!typeHeight)
            return typeHeight.error();
        y += *typeHeight + 5;
        y += m_canvas.text(paint, QStringLiteral("Nº %1").arg(m_dte.folio()), red, boxX + 8, y,
                           innerWidth, siiRed)
             + 9;
        if (paint)
            m_canvas.frame(boxX, m_margin, m_boxWidth, y - m_margin, siiRed, 2.0);
        y += 4;
        auto officeHeight = bounded(paint, QStringLiteral("S.I.I. - %1").arg(m_options.siiOffice.toUpper()),
                                    Style{9, true, Align::Center}, boxX, y, m_boxWidth, 2,
                                    QCoreApplication::translate("InvoiceRenderer", "la oficina del SII"), siiRed);
        if (!officeHeight)
            return officeHeight.error();
        const double boxBottom = y + *officeHeight;

        const double blockWidth = m_contentWidth - m_boxWidth - 14;
        double e = m_margin;
        auto name = bounded(paint, m_dte.emisor().razonSocial, Style{13, true}, m_margin, e, blockWidth, 2,
                            QCoreApplication::translate("InvoiceRenderer", "la razón social del emisor"), m_primary);
        if (!name)
            return name.error();
        e += *name + 3;
        if (!m_document.giroEmisor.isEmpty()) {
            auto giro = bounded(paint, m_document.giroEmisor, Style{8.5}, m_margin, e, blockWidth, 2,
                                QCoreApplication::translate("InvoiceRenderer", "el giro del emisor"));
            if (!giro)
                return giro.error();
            e += *giro + 2;
        }
        e += m_canvas.text(paint, QStringLiteral("R.U.T.: %1").arg(dottedRut(m_dte.emisor().rut)),
                           Style{8.5, true}, m_margin, e, blockWidth)
             + 2;
        QStringList place{m_dte.emisor().direccion, m_dte.emisor().comuna, m_document.ciudadEmisor};
        place.removeAll(QString());
        place.removeDuplicates();
        if (!place.isEmpty()) {
            auto address = bounded(paint, place.join(QStringLiteral(", ")), Style{8.5}, m_margin, e, blockWidth, 2,
                                   QCoreApplication::translate("InvoiceRenderer", "la dirección del emisor"));
            if (!address)
                return address.error();
            e += *address;
        }
        return std::max(boxBottom, e) + 12;
    }

    /** The receiver block with the dates and payment terms; its bottom. */
    Result<double> receiverBlock(bool paint, double top)
    {
        const double labelWidth = 62;
        const double leftWidth = m_contentWidth * 0.64;
        const double rightX = m_margin + leftWidth + 10;
        const double rightLabelWidth = 92;
        const double rightWidth = m_contentWidth - leftWidth - 10;
        const Style label{8, true};
        const Style value{8};
        const DteParty& receptor = m_dte.receptor();

        // Measure first so the background can be drawn under the text.
        double height = 0;
        for (int pass = paint ? 0 : 1; pass < 2; ++pass) {
            const bool drawing = pass == 1 && paint;
            if (drawing) {
                m_canvas.fill(m_margin, top, m_contentWidth, height, m_secondary);
                m_canvas.frame(m_margin, top, m_contentWidth, height, rule, 0.6);
            }
            double y = top + 7;
            const QList<std::tuple<QString, QString, QString, int>> rows{
                {QStringLiteral("Señor(es):"), receptor.razonSocial,
                 QCoreApplication::translate("InvoiceRenderer", "la razón social del receptor"), 2},
                {QStringLiteral("R.U.T.:"), dottedRut(receptor.rut), QString(), 1},
                {QStringLiteral("Giro:"), m_document.giroReceptor,
                 QCoreApplication::translate("InvoiceRenderer", "el giro del receptor"), 2},
                {QStringLiteral("Dirección:"), receptor.direccion,
                 QCoreApplication::translate("InvoiceRenderer", "la dirección del receptor"), 2},
                {QStringLiteral("Comuna:"), receptor.comuna,
                 QCoreApplication::translate("InvoiceRenderer", "la comuna del receptor"), 1},
                {QStringLiteral("Ciudad:"), m_document.ciudadReceptor,
                 QCoreApplication::translate("InvoiceRenderer", "la ciudad del receptor"), 1},
                {QStringLiteral("Contacto:"), m_document.contactoReceptor,
                 QCoreApplication::translate("InvoiceRenderer", "el contacto del receptor"), 1},
            };
            for (const auto& [labelText, valueText, field, maxLines] : rows) {
                if (valueText.isEmpty())
                    continue;
                m_canvas.text(drawing, labelText, label, m_margin + 8, y, labelWidth, m_primary);
                auto valueHeight = bounded(drawing, valueText, value, m_margin + 8 + labelWidth, y,
                                           leftWidth - labelWidth - 8, maxLines, field.isEmpty() ? labelText : field);
                if (!valueHeight)
                    return valueHeight.error();
                y += *valueHeight + 2.5;
            }
            double r = top + 7;
            QList<QPair<QString, QString>> right{
                {QStringLiteral("Fecha de emisión:"), longDate(m_dte.fechaEmision())}};
            if (m_dte.fechaVencimiento().isValid())
                right << QPair<QString, QString>{QStringLiteral("Fecha de vencimiento:"),
                               longDate(m_dte.fechaVencimiento())};
            if (!InvoiceFormat::paymentTermName(m_document.formaPago).isEmpty())
                right << QPair<QString, QString>{QStringLiteral("Forma de pago:"),
                               InvoiceFormat::paymentTermName(m_document.formaPago)};
            for (const auto& [labelText, valueText] : right) {
                m_canvas.text(drawing, labelText, label, rightX, r, rightLabelWidth, m_primary);
                r += std::max(m_canvas.text(drawing, valueText, value, rightX + rightLabelWidth, r,
                                            rightWidth - rightLabelWidth - 6),
                              m_canvas.text(false, labelText, label, rightX, r, rightLabelWidth))
                     + 2.5;
            }
            height = std::max(y, r) + 5 - top;
        }
        return top + height;
    }

    void tableHeader(double top) const
    {
        m_canvas.fill(m_margin, top, m_contentWidth, m_tableHeaderHeight, m_primary);
        const Style style{7.5, true, Align::Left};
        const Style right{7.5, true, Align::Right};
        const double y = top + 4;
        double x = m_margin;
        m_canvas.text(true, QStringLiteral("Código"), style, x + 4, y, m_codeWidth - 8, white);
        x += m_codeWidth;
        m_canvas.text(true, QStringLiteral("Descripción"), style, x + 4, y, m_descriptionWidth - 8, white);
        x += m_descriptionWidth;
        m_canvas.text(true, QStringLiteral("Cantidad"), right, x + 4, y, m_quantityWidth - 8, white);
        x += m_quantityWidth;
        m_canvas.text(true, QStringLiteral("Precio unitario"), right, x + 4, y, m_priceWidth - 8, white);
        x += m_priceWidth;
        m_canvas.text(true, QStringLiteral("Monto"), right, x + 4, y, m_amountWidth - 8, white);
    }

    /** One item row; its height. */
    Result<double> row(bool paint, int index, double top) const
    {
        const InvoiceLine& line = m_document.lines.at(index);
        QString quantity;
        if (!line.quantity.isEmpty()) {
            quantity = InvoiceFormat::decimal(line.quantity);
            if (quantity.isEmpty())
                return notANumber(QCoreApplication::translate("InvoiceRenderer", "la cantidad"), line.quantity, line.number);
            if (!line.unit.isEmpty())
                quantity += QLatin1Char(' ') + line.unit;
        }
        QString price;
        if (!line.unitPrice.isEmpty()) {
            price = InvoiceFormat::decimal(line.unitPrice);
            if (price.isEmpty())
                return notANumber(QCoreApplication::translate("InvoiceRenderer", "el precio unitario"), line.unitPrice, line.number);
            price.prepend(QLatin1Char('$'));
        }
        if (paint && index % 2 == 1)
            m_canvas.fill(m_margin, top, m_contentWidth, m_rowHeights.at(index), m_secondary);
        const double y = top + 4;
        const Style style{8};
        const Style right{8, false, Align::Right};
        double x = m_margin;
        double height = m_canvas.text(paint, line.code, style, x + 4, y, m_codeWidth - 8);
        x += m_codeWidth;
        const QString name = line.exempt ? QStringLiteral("%1 (exento)").arg(line.name) : line.name;
        double description = m_canvas.text(paint, name, Style{8, true}, x + 4, y, m_descriptionWidth - 8);
        if (!line.description.isEmpty())
            description += 1.5 + m_canvas.text(paint, line.description, Style{7.5}, x + 4, y + description + 1.5,
                                               m_descriptionWidth - 8, grey);
        height = std::max(height, description);
        x += m_descriptionWidth;
        height = std::max(height, m_canvas.text(paint, quantity, right, x + 4, y, m_quantityWidth - 8));
        x += m_quantityWidth;
        height = std::max(height, m_canvas.text(paint, price, right, x + 4, y, m_priceWidth - 8));
        x += m_priceWidth;
        height = std::max(height, m_canvas.text(paint, line.amount.toDisplayString(), right, x + 4, y, m_amountWidth - 8));
        return height + 8;
    }

    Error notANumber(const QString& field, const QString& value, int lineNumber) const
    {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("InvoiceRenderer", "%1: %2 «%3» de la línea %4 del detalle no es un número.")
                         .arg(m_where, field, value)
                         .arg(lineNumber));
    }

    /** References, totals, the timbre, the cedible mark and receipt box; its height. */
    Result<double> closing(bool paint, double top) const
    {
        double y = top;
        if (!m_document.references.isEmpty()) {
            y += m_canvas.text(paint, QStringLiteral("Referencias"), Style{9, true}, m_margin, y,
                               m_contentWidth, m_primary)
                 + 3;
            const double widths[] = {150, 95, 80, m_contentWidth - 325};
            const QStringList headings{QStringLiteral("Tipo de documento"),
                                       QStringLiteral("Folio"),
                                       QStringLiteral("Fecha"),
                                       QStringLiteral("Razón")};
            double x = m_margin;
            for (qsizetype c = 0; c < headings.size(); ++c) {
                m_canvas.text(paint, headings.at(c), Style{7.5, true}, x + 4, y, widths[c] - 8, grey);
                x += widths[c];
            }
            y += 12;
            if (paint)
                m_canvas.line(m_margin, y, m_margin + m_contentWidth, y, rule, 0.6);
            y += 3;
            for (const InvoiceReference& reference : m_document.references) {
                const QStringList cells{InvoiceFormat::referenceTypeName(reference.documentType), reference.folio,
                                        reference.date.isValid() ? reference.date.toString(QStringLiteral("dd-MM-yyyy")) : QString(),
                                        reference.reason};
                double rowHeight = 0;
                x = m_margin;
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    rowHeight = std::max(rowHeight, m_canvas.text(paint, cells.at(c), Style{8}, x + 4, y, widths[c] - 8));
                    x += widths[c];
                }
                y += rowHeight + 3;
            }
            y += 8;
        }

        // The timbre on the left, the totals on the right.
        const double barcodeWidth = 62 * mm;
        double scale = barcodeWidth / m_symbol.width();
        scale = std::min(scale, 38 * mm / m_symbol.height());
        const double symbolWidth = m_symbol.width() * scale;
        const double symbolHeight = m_symbol.height() * scale;
        const double timbreX = m_margin + (barcodeWidth - symbolWidth) / 2;
        if (paint) {
            cairo_set_source_rgb(m_canvas.cr(), 0, 0, 0);
            for (const QRectF& bar : m_symbol.bars())
                cairo_rectangle(m_canvas.cr(), timbreX + bar.x() * scale, y + bar.y() * scale, bar.width() * scale,
                                bar.height() * scale);
            cairo_fill(m_canvas.cr());
        }
        double t = y + symbolHeight + 4;
        const Style legend{7.5, true, Align::Center};
        t += m_canvas.text(paint, QStringLiteral("Timbre Electrónico SII"), legend, m_margin, t,
                           barcodeWidth);
        t += m_canvas.text(paint,
                           QStringLiteral("Res. Nº %1 de %2")
                               .arg(resolutionNumber())
                               .arg(resolutionDate().year()),
                           Style{7.5, false, Align::Center}, m_margin, t, barcodeWidth);
        t += m_canvas.text(paint, QStringLiteral("Verifique documento: www.sii.cl"),
                           Style{7.5, false, Align::Center}, m_margin, t, barcodeWidth);

        const double totalsWidth = 78 * mm;
        const double totalsX = m_margin + m_contentWidth - totalsWidth;
        QList<QPair<QString, QString>> totals;
        const DteAmounts& amounts = m_dte.montos();
        if (amounts.neto)
            totals << QPair<QString, QString>{QStringLiteral("Monto neto"), amounts.neto->toDisplayString()};
        if (amounts.exento)
            totals << QPair<QString, QString>{QStringLiteral("Monto exento"), amounts.exento->toDisplayString()};
        if (amounts.iva) {
            const QString rate = InvoiceFormat::decimal(m_document.tasaIva);
            totals << QPair<QString, QString>{rate.isEmpty() ? QStringLiteral("IVA")
                                           : QStringLiteral("IVA %1%").arg(rate),
                            amounts.iva->toDisplayString()};
        }
        double s = y;
        for (const auto& [labelText, valueText] : totals) {
            m_canvas.text(paint, labelText, Style{9}, totalsX + 8, s + 3, totalsWidth / 2);
            s += m_canvas.text(paint, valueText, Style{9, false, Align::Right}, totalsX + totalsWidth / 2, s + 3,
                               totalsWidth / 2 - 8)
                 + 6;
        }
        if (paint) {
            m_canvas.fill(totalsX, s, totalsWidth, 20, m_primary);
            if (!totals.isEmpty())
                m_canvas.frame(totalsX, y, totalsWidth, s - y, rule, 0.6);
        }
        m_canvas.text(paint, QStringLiteral("TOTAL"), Style{10, true}, totalsX + 8, s + 4,
                      totalsWidth / 2, white);
        m_canvas.text(paint, amounts.total.toDisplayString(), Style{10, true, Align::Right}, totalsX + totalsWidth / 2, s + 4,
                      totalsWidth / 2 - 8, white);
        s += 20;
        if (m_options.cedible) {
            s += 10;
            s += m_canvas.text(paint, InvoiceFormat::cedibleMark(m_dte.tipo()), Style{16, true, Align::Right}, totalsX, s,
                               totalsWidth, ink);
        }
        y = std::max(t, s) + 10;

        if (m_options.cedible)
            y += receiptBox(paint, y);
        return y - top;
    }

    /** The receipt box of the cedible copy (Ley 19.983); its height. */
    double receiptBox(bool paint, double top) const
    {
        const double x = m_margin;
        const double width = m_contentWidth;
        double y = top + 6;
        const Style label{8, true};
        const auto field = [&](const QString& text, double fx, double fy, double fw) {
            m_canvas.text(paint, text, label, fx, fy, 60);
            if (paint)
                m_canvas.line(fx + 52, fy + 10, fx + fw - 10, fy + 10, grey, 0.5);
        };
        field(QStringLiteral("Nombre:"), x + 8, y, width * 0.62);
        field(QStringLiteral("R.U.T.:"), x + width * 0.62, y, width * 0.38);
        y += 20;
        field(QStringLiteral("Fecha:"), x + 8, y, width * 0.3);
        field(QStringLiteral("Recinto:"), x + width * 0.3, y, width * 0.32);
        field(QStringLiteral("Firma:"), x + width * 0.62, y, width * 0.38);
        y += 20;
        y += m_canvas.text(paint,
                           QStringLiteral("El acuse de recibo que se declara en este acto, de acuerdo a lo "
                                                       "dispuesto en la letra b) del Art. 4°, y la letra c) del Art. 5° "
                                                       "de la Ley 19.983, acredita que la entrega de mercaderías o "
                                                       "servicio(s) prestado(s) ha(n) sido recibido(s)."),
                           Style{7, false}, x + 8, y, width - 16, grey);
        y += 6;
        if (paint)
            m_canvas.frame(x, top, width, y - top, ink, 0.8);
        return y - top;
    }

    void footer(int page, int pages) const
    {
        const double y = m_height - m_margin - m_footerHeight;
        m_canvas.line(m_margin, y, m_margin + m_contentWidth, y, m_primary, 1.2);
        double x = m_margin;
        if (m_logo) {
            const double logoHeight = m_footerHeight - 8;
            const double scale = logoHeight / cairo_image_surface_get_height(m_logo);
            cairo_save(m_canvas.cr());
            cairo_translate(m_canvas.cr(), x, y + 6);
            cairo_scale(m_canvas.cr(), scale, scale);
            cairo_set_source_surface(m_canvas.cr(), m_logo, 0, 0);
            cairo_paint(m_canvas.cr());
            cairo_restore(m_canvas.cr());
            x += cairo_image_surface_get_width(m_logo) * scale + 8;
        }
        const double textWidth = m_margin + m_contentWidth - x - 90;
        const double nameHeight = m_canvas.text(true, m_options.branding.name, Style{8.5, true}, x, y + 6, textWidth, m_primary);
        m_canvas.text(true,
                      QStringLiteral("Representación impresa de un documento tributario electrónico."),
                      Style{7}, x, y + 7 + nameHeight, textWidth, grey);
        m_canvas.text(true, QStringLiteral("Página %1 de %2").arg(page).arg(pages),
                      Style{7, false, Align::Right}, m_margin + m_contentWidth - 90, y + 6, 90, grey);
    }

    QString resolutionNumber() const
    {
        return m_document.resolutionNumber.isEmpty() ? m_options.resolutionNumber : m_document.resolutionNumber;
    }
    QDate resolutionDate() const
    {
        return m_document.resolutionDate.isValid() ? m_document.resolutionDate : m_options.resolutionDate;
    }

    static QString dottedRut(const QString& rut)
    {
        auto parsed = Rut::parse(rut);
        return parsed ? parsed->toDottedString() : rut;
    }

    const InvoiceDocument& m_document;
    const Dte& m_dte;
    const InvoiceOptions& m_options;
    const Canvas& m_canvas;
    double m_width;
    double m_height;
    cairo_surface_t* m_logo;
    const Pdf417Symbol& m_symbol;
    Rgb m_primary;
    Rgb m_secondary;
    QString m_where;
    const double m_margin = 15 * mm;
    const double m_boxWidth = 72 * mm;
    const double m_footerHeight = 30;
    const double m_tableHeaderHeight = 17;
    const double m_continuedHeight = 14;
    const double m_codeWidth = 58;
    const double m_quantityWidth = 66;
    const double m_priceWidth = 78;
    const double m_amountWidth = 80;
    double m_contentWidth = 0;
    double m_descriptionWidth = 0;
    double m_headerBottom = 0;
    double m_firstTableTop = 0;
    double m_nextTableTop = 0;
    double m_bottomLimit = 0;
    QList<double> m_rowHeights;
};

} // namespace

Result<QByteArray> InvoiceRenderer::render(const InvoiceDocument& document, const InvoiceOptions& options)
{
    const Dte& dte = document.dte;
    const QString where = QCoreApplication::translate("InvoiceRenderer", "«%1», DTE tipo %2 folio %3")
                              .arg(dte.sourceName())
                              .arg(dte.tipo())
                              .arg(dte.folio());
    const auto invalid = [&](const QString& reason) { return Error(ErrorCode::InvalidInput, where + QStringLiteral(": ") + reason); };
    if (document.tedLatin1.isEmpty())
        return invalid(QCoreApplication::translate("InvoiceRenderer", "el DTE no tiene timbre electrónico (TED); sin él no hay representación impresa válida."));
    if (!dte.isComplete())
        return invalid(QCoreApplication::translate("InvoiceRenderer", "el DTE no se pudo leer completo: %1").arg(dte.problems().join(QStringLiteral("; "))));
    if (InvoiceFormat::documentTypeName(dte.tipo()).isEmpty())
        return invalid(QCoreApplication::translate("InvoiceRenderer", "no se conoce la representación impresa del tipo de documento %1.").arg(dte.tipo()));
    if (options.cedible && InvoiceFormat::cedibleMark(dte.tipo()).isEmpty())
        return invalid(QCoreApplication::translate("InvoiceRenderer", "el tipo de documento %1 no tiene copia cedible.").arg(dte.tipo()));
    const QString resolutionNumber = document.resolutionNumber.isEmpty() ? options.resolutionNumber : document.resolutionNumber;
    const QDate resolutionDate = document.resolutionDate.isValid() ? document.resolutionDate : options.resolutionDate;
    if (resolutionNumber.isEmpty() || !resolutionDate.isValid())
        return invalid(QCoreApplication::translate("InvoiceRenderer",
                                                   "falta el número o la fecha de la resolución del SII del emisor %1 "
                                                   "(ajustes invoice.resolucion_numero e invoice.resolucion_fecha).")
                           .arg(dte.emisor().rut));
    if (options.siiOffice.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("InvoiceRenderer", "falta la oficina del SII del emisor %1 (ajuste invoice.oficina_sii).")
                           .arg(dte.emisor().rut));
    for (const auto& [name, value] : {std::pair{QCoreApplication::translate("InvoiceRenderer", "principal"), options.branding.primaryColor},
                                      std::pair{QCoreApplication::translate("InvoiceRenderer", "secundario"), options.branding.secondaryColor}}) {
        if (!InvoiceSettings::isColor(value))
            return invalid(QCoreApplication::translate("InvoiceRenderer", "el color %1 «%2» no es un color #rrggbb.").arg(name, value));
    }

    auto symbol = Pdf417Symbol::encode(document.tedLatin1);
    if (!symbol)
        return invalid(symbol.error().message());

    SurfacePtr logo;
    if (!options.branding.logoPath.isEmpty()) {
        logo.reset(cairo_image_surface_create_from_png(options.branding.logoPath.toLocal8Bit().constData()));
        const cairo_status_t status = cairo_surface_status(logo.get());
        if (status != CAIRO_STATUS_SUCCESS || cairo_image_surface_get_height(logo.get()) <= 0) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("InvoiceRenderer", "no se pudo leer el logo «%1» (debe ser un PNG): %2")
                             .arg(options.branding.logoPath, QString::fromUtf8(cairo_status_to_string(status))));
        }
    }

    const bool a4 = options.paper == InvoiceOptions::Paper::A4;
    const double width = a4 ? 210 * mm : 612;
    const double height = a4 ? 297 * mm : 792;
    QByteArray pdf;
    SurfacePtr surface(cairo_pdf_surface_create_for_stream(appendToByteArray, &pdf, width, height));
    const QByteArray title = (InvoiceFormat::documentTypeName(dte.tipo()) + QStringLiteral(" Nº ") + QString::number(dte.folio())
                              + QStringLiteral(" — ") + dte.emisor().razonSocial)
                                 .toUtf8();
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Factora");
    Status drawn;
    {
        CairoPtr cr(cairo_create(surface.get()));
        Canvas canvas(cr.get());
        Page page(document, options, canvas, width, height, logo.get(), *symbol);
        drawn = page.draw();
        if (drawn && cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
            drawn = Error(ErrorCode::Internal,
                          QStringLiteral("InvoiceRenderer: cairo failed: %1").arg(QString::fromUtf8(cairo_status_to_string(cairo_status(cr.get())))));
        }
    }
    cairo_surface_finish(surface.get());
    if (!drawn)
        return drawn.error();
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        return Error(ErrorCode::Internal, QStringLiteral("InvoiceRenderer: the PDF surface failed: %1")
                                              .arg(QString::fromUtf8(cairo_status_to_string(cairo_surface_status(surface.get())))));
    }
    return pdf;
}

Status InvoiceRenderer::renderToFile(const InvoiceDocument& document, const InvoiceOptions& options, const QString& path)
{
    auto pdf = render(document, options);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        return Error(ErrorCode::Io, QCoreApplication::translate("InvoiceRenderer", "no se pudo escribir «%1»: %2")
                                        .arg(path, file.errorString()));
    }
    return {};
}

} // namespace factora::core
