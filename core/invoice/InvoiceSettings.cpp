// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InvoiceSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace factora::core {

namespace {
/** The emitter's own value of @p key, else the general one; empty when neither is set. */
Result<QString> emitterValue(SettingsStore& settings, const QString& key, const QString& rutBody)
{
    if (!rutBody.isEmpty()) {
        auto own = settings.value(key + QLatin1Char('.') + rutBody);
        if (!own)
            return own.error();
        if (!own->isEmpty())
            return own;
    }
    return settings.value(key);
}
} // namespace

bool InvoiceSettings::isColor(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(text).hasMatch();
}

Result<InvoiceOptions> InvoiceSettings::load(SettingsStore& settings, const QString& emitterRut)
{
    InvoiceOptions options;
    auto all = settings.all();
    if (!all)
        return all.error();
    const auto text = [&](const QString& key, const QString& fallback) {
        const QString value = all->value(key).trimmed();
        return value.isEmpty() ? fallback : value;
    };
    options.branding.name = text(QStringLiteral("branding.nombre"), options.branding.name);
    options.branding.logoPath = text(QStringLiteral("branding.logo"), {});
    options.branding.primaryColor = text(QStringLiteral("branding.color_principal"), options.branding.primaryColor);
    options.branding.secondaryColor = text(QStringLiteral("branding.color_secundario"), options.branding.secondaryColor);
    for (const auto& [key, value] : {std::pair{QStringLiteral("branding.color_principal"), options.branding.primaryColor},
                                     std::pair{QStringLiteral("branding.color_secundario"), options.branding.secondaryColor}}) {
        if (!isColor(value)) {
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("InvoiceSettings",
                                                     "el ajuste %1 vale «%2»; se esperaba un color #rrggbb.")
                             .arg(key, value));
        }
    }
    const QString paper = text(QStringLiteral("invoice.papel"), QStringLiteral("carta")).toLower();
    if (paper == QLatin1StringView("carta")) {
        options.paper = InvoiceOptions::Paper::Letter;
    } else if (paper == QLatin1StringView("a4")) {
        options.paper = InvoiceOptions::Paper::A4;
    } else {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("InvoiceSettings",
                                                 "el ajuste invoice.papel vale «%1»; se esperaba «carta» o «a4».")
                         .arg(paper));
    }

    const QString rutBody = emitterRut.section(QLatin1Char('-'), 0, 0).trimmed();
    auto number = emitterValue(settings, QStringLiteral("invoice.resolucion_numero"), rutBody);
    if (!number)
        return number.error();
    options.resolutionNumber = number->trimmed();
    auto date = emitterValue(settings, QStringLiteral("invoice.resolucion_fecha"), rutBody);
    if (!date)
        return date.error();
    if (!date->trimmed().isEmpty()) {
        options.resolutionDate = QDate::fromString(date->trimmed(), Qt::ISODate);
        if (!options.resolutionDate.isValid()) {
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("InvoiceSettings",
                                                     "el ajuste invoice.resolucion_fecha vale «%1»; se esperaba una "
                                                     "fecha AAAA-MM-DD.")
                             .arg(*date));
        }
    }
    auto office = emitterValue(settings, QStringLiteral("invoice.oficina_sii"), rutBody);
    if (!office)
        return office.error();
    options.siiOffice = office->trimmed();
    return options;
}

} // namespace factora::core
