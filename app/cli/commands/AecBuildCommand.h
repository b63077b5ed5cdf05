// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/** @brief `factora-cli aec build`: builds and signs an AEC (first cession or re-cession) and writes it atomically; a refusal writes nothing. */
class AecBuildCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli
