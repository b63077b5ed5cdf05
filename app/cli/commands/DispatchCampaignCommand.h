// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli dispatch campaign --name N (--operation NUM | --dte-ids 1,2,3) [--contacts FILE.csv]
 * [--attach pdf|zip] [--process]` creates a campaign (progress on stderr, summary on stdout);
 * `factora-cli dispatch campaign --status ID` shows how its dispatches stand. The contacts file has lines
 * "RUT,correo,celular" (a header line starting with "rut" is skipped); debtors not in it use their company record.
 */
class DispatchCampaignCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli
