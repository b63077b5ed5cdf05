// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "InvoiceOptions.h"
#include "common/Result.h"
#include "settings/SettingsStore.h"

#include <QString>

namespace factora::core {

/**
 * @brief The printed invoice's options from the shared settings (docs/invoice-pdf.md):
 * branding.nombre, branding.logo, branding.color_principal, branding.color_secundario, invoice.papel
 * ("carta" or "a4"), and the emitter's SII data invoice.resolucion_numero, invoice.resolucion_fecha
 * (YYYY-MM-DD) and invoice.oficina_sii, each first looked up with the emitter's RUT body as a suffix
 * ("invoice.oficina_sii.76354771") and then without it. Unset branding keys keep InvoiceBranding's defaults.
 */
class InvoiceSettings
{
public:
    /** @brief The options for a DTE of the emitter @p emitterRut ("76354771-K"); errors name the bad key. */
    static Result<InvoiceOptions> load(SettingsStore& settings, const QString& emitterRut);
    /** @brief True for "#rrggbb". */
    static bool isColor(const QString& text);
};

} // namespace factora::core
