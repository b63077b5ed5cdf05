// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli dispatch render --dte FILE --out FILE.pdf [--folio N] [--cedible] [--papel carta|a4]
 * [--resolucion N --fecha-resolucion AAAA-MM-DD] [--oficina-sii NOMBRE]`: the DTE's printed invoice as a PDF, with
 * the branding and the emitter's SII data from the settings (the options override them). Nothing is written when
 * it fails.
 */
class DispatchRenderCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli
