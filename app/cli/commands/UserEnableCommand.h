// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/** @brief `factora-cli user enable|disable USERNAME`. */
class UserEnableCommand : public Command
{
public:
    explicit UserEnableCommand(bool enable) : m_enable(enable) {}
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;

private:
    bool m_enable;
};

} // namespace factora::cli
