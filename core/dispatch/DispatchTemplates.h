// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchTemplateValues.h"
#include "common/Configuration.h"
#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace factora::core {

/**
 * @brief The texts of an invoice dispatch: e-mail subject, HTML body, plain-text alternative, SMS text and the Caja
 * Vecina instructions, with {{placeholders}} (docs/dispatch-channels.md lists them).
 *
 * Each template comes from, in order: its dispatch/template_* key, its file in the dispatch/template_dir folder,
 * the Spanish default compiled in (core/dispatch/templates). Templates are checked when loaded: an unknown
 * placeholder or an unclosed "{{" is a Configuration error naming it and the template. Values are HTML-escaped
 * in the HTML body only. The payment link is https://<dispatch/link_domain>/pagar?rut=…&tipo=…&folio=….
 */
class DispatchTemplates
{
public:
    /** @brief A rendered e-mail: subject (one line), HTML body and its plain-text alternative. */
    struct RenderedMail
    {
        QString subject;
        QString html;
        QString text;
    };

    /** @brief The placeholder names a template may use, without braces. */
    static const QStringList& placeholders();

    /**
     * @brief Loads and checks every template and the link domain.
     * @return a Configuration error naming the key or file: unreadable file, unknown placeholder, unclosed
     *         placeholder, a subject with a line break, a malformed dispatch/link_domain, or an empty
     *         dispatch/link_domain while a template uses {{enlace_pago}}
     */
    static Result<DispatchTemplates> fromConfiguration(const Configuration& configuration);

    /** @brief The built-in Spanish templates with @p linkDomain (may be empty if no link is rendered). */
    static Result<DispatchTemplates> defaults(const QString& linkDomain);

    /** @brief Subject, HTML (values escaped) and text of the e-mail for @p values. */
    RenderedMail renderMail(const DispatchTemplateValues& values) const;

    /**
     * @brief The SMS text for @p values.
     * @return InvalidInput naming the length, the encoding and the limit when the text takes more than
     *         @p maxSegments segments (SmsMessageLength), or is empty
     */
    Result<QString> renderSms(const DispatchTemplateValues& values, int maxSegments) const;

    /** @brief The Caja Vecina instructions template rendered for @p values (plain text). */
    QString cajaVecinaInstructions(const DispatchTemplateValues& values) const;

    /** @brief https://<link domain>/pagar?rut=<rut>&tipo=<tipo>&folio=<folio>, or empty without a link domain. */
    QString paymentLink(const QString& debtorRut, int tipo, qint64 folio) const;

    /** @brief "$ 1.234.567" ("-$ 1.234" when negative). */
    static QString formatAmount(const Money& amount);

private:
    enum class Part { Subject, Html, Text, Sms, CajaVecina };

    DispatchTemplates() = default;

    static Result<DispatchTemplates> load(const std::function<QString(const QString&)>& keyValue,
                                          const QString& templateDir, const QString& linkDomain);

    QString render(Part part, const DispatchTemplateValues& values) const;
    QHash<QString, QString> valueMap(const DispatchTemplateValues& values) const;

    QHash<int, QString> m_templates;
    QString m_linkDomain;
};

} // namespace factora::core
