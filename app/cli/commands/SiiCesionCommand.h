// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SiiCommand.h"

namespace factora::cli {

/**
 * @brief `factora-cli sii cesion RUT TIPO FOLIO [--empresa RUT] [--json]`: asks the SII's registry whether the
 * document is ceded (getEstCesion) and to whom (getEstCesionRelac). Exit 0 when ceded, 1 when not.
 */
class SiiCesionCommand : public SiiCommand
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli
