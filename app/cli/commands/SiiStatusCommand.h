// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SiiCommand.h"

namespace factora::cli {

/**
 * @brief `factora-cli sii status TRACKID [--wait [--timeout S] [--interval S]] [--json]`: asks getEstEnvio, prints the
 * code and its meaning, and records every answer when the TRACKID belongs to a recorded cession. Exit 0 on EOK, 1 on a
 * rejection, 2 on EAN, 3 while not final (docs/cessions.md).
 */
class SiiStatusCommand : public SiiCommand
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli
