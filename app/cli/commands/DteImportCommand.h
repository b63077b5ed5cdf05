// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli dte import FILE|FOLDER... [--json]`: stores DTE XML files through DteService, as the desktop's
 * DTE inbox does (schema, emitter signature, duplicates), on behalf of the operator (the system actor).
 */
class DteImportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli
