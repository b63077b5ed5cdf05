// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"

#include "ExitCode.h"
#include "commands/AecBuildCommand.h"
#include "commands/AecVerifyCommand.h"
#include "common/ApplicationIdentity.h"
#include "commands/AuditLogCommand.h"
#include "commands/AuditVerifyCommand.h"
#include "commands/CalendarAccountingDateCommand.h"
#include "commands/CalendarHolidaysCommand.h"
#include "commands/CarteraImportCommand.h"
#include "commands/RendicionGenerateCommand.h"
#include "commands/RendicionReconcileCommand.h"
#include "commands/ExportCartaGuiaCommand.h"
#include "commands/CertImportCommand.h"
#include "commands/CertListCommand.h"
#include "commands/CertRemoveCommand.h"
#include "commands/CompanyAddCommand.h"
#include "commands/CompanyListCommand.h"
#include "commands/DbMigrateCommand.h"
#include "commands/DbSetPasswordCommand.h"
#include "commands/DbStatusCommand.h"
#include "commands/DemoSeedCommand.h"
#include "commands/DispatchCampaignCommand.h"
#include "commands/DispatchLogCommand.h"
#include "commands/DispatchPurgeCommand.h"
#include "commands/DispatchRenderCommand.h"
#include "commands/DispatchSendCommand.h"
#include "commands/DteInspectCommand.h"
#include "commands/DteImportCommand.h"
#include "commands/OperationApproveCommand.h"
#include "commands/OperationListCommand.h"
#include "commands/OperationOfferCommand.h"
#include "commands/SiiCesionCommand.h"
#include "commands/SiiStatusCommand.h"
#include "commands/SiiSubmitCommand.h"
#include "commands/UserAddCommand.h"
#include "commands/UserEnableCommand.h"
#include "commands/UserListCommand.h"
#include "commands/UserPasswdCommand.h"

#include <QCoreApplication>

namespace factora::cli {

namespace {
} // namespace

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<DbMigrateCommand>());
    m_commands.push_back(std::make_unique<DbStatusCommand>());
    m_commands.push_back(std::make_unique<DbSetPasswordCommand>());
    m_commands.push_back(std::make_unique<UserAddCommand>());
    m_commands.push_back(std::make_unique<UserListCommand>());
    m_commands.push_back(std::make_unique<UserEnableCommand>(false));
    m_commands.push_back(std::make_unique<UserEnableCommand>(true));
    m_commands.push_back(std::make_unique<UserPasswdCommand>());
    m_commands.push_back(std::make_unique<CompanyAddCommand>());
    m_commands.push_back(std::make_unique<CompanyListCommand>());
    m_commands.push_back(std::make_unique<DteInspectCommand>());
    m_commands.push_back(std::make_unique<DteImportCommand>());
    m_commands.push_back(std::make_unique<OperationOfferCommand>());
    m_commands.push_back(std::make_unique<OperationApproveCommand>());
    m_commands.push_back(std::make_unique<OperationListCommand>());
    m_commands.push_back(std::make_unique<AecBuildCommand>());
    m_commands.push_back(std::make_unique<AecVerifyCommand>());
    m_commands.push_back(std::make_unique<CertImportCommand>());
    m_commands.push_back(std::make_unique<CertListCommand>());
    m_commands.push_back(std::make_unique<CertRemoveCommand>());
    m_commands.push_back(std::make_unique<AuditVerifyCommand>());
    m_commands.push_back(std::make_unique<AuditLogCommand>());
    m_commands.push_back(std::make_unique<DemoSeedCommand>());
    m_commands.push_back(std::make_unique<DispatchRenderCommand>());
    m_commands.push_back(std::make_unique<DispatchSendCommand>());
    m_commands.push_back(std::make_unique<DispatchLogCommand>());
    m_commands.push_back(std::make_unique<DispatchCampaignCommand>());
    m_commands.push_back(std::make_unique<DispatchPurgeCommand>());
    m_commands.push_back(std::make_unique<CalendarHolidaysCommand>());
    m_commands.push_back(std::make_unique<CalendarAccountingDateCommand>());
    m_commands.push_back(std::make_unique<CarteraImportCommand>());
    m_commands.push_back(std::make_unique<RendicionGenerateCommand>());
    m_commands.push_back(std::make_unique<RendicionReconcileCommand>());
    m_commands.push_back(std::make_unique<ExportCartaGuiaCommand>());
    m_commands.push_back(std::make_unique<SiiSubmitCommand>());
    m_commands.push_back(std::make_unique<SiiStatusCommand>());
    m_commands.push_back(std::make_unique<SiiCesionCommand>());
}

CliApplication::~CliApplication() = default;

void CliApplication::printHelp(CliContext& context) const
{
    QTextStream& out = context.out();
    out << QCoreApplication::translate("CliApplication", "Uso: factora-cli [opciones globales] COMANDO [opciones]") << "\n\n"
        << QCoreApplication::translate("CliApplication", "Opciones globales:") << '\n'
        << "  --config FILE             " << QCoreApplication::translate("CliApplication", "archivo de configuración (si no, FACTORA_CONFIG o el de siempre)") << '\n'
        << "  --database URL            " << QCoreApplication::translate("CliApplication", "base de datos: sqlite:///ruta/factora.db o postgresql://usuario@servidor:puerto/base") << '\n'
        << "  --set SECCIÓN/CLAVE=VALOR " << QCoreApplication::translate("CliApplication", "cambia un ajuste solo para esta ejecución") << '\n'
        << "  --help, --version\n\n"
        << QCoreApplication::translate("CliApplication", "Comandos:") << '\n';
    for (const auto& command : m_commands)
        out << "  " << command->name().leftJustified(26) << command->summary() << '\n';
    out << '\n' << QCoreApplication::translate("CliApplication", "La contraseña de PostgreSQL se toma de FACTORA_DATABASE_PASSWORD o del llavero del sistema.") << '\n';
}

int CliApplication::run(CliContext& context, const QStringList& arguments)
{
    int i = 0;
    while (i < arguments.size() && arguments[i].startsWith(QLatin1String("--"))) {
        const QString option = arguments[i];
        const auto valueOf = [&](const QString& name) -> std::optional<QString> {
            if (option.startsWith(name + QLatin1Char('=')))
                return option.mid(name.size() + 1);
            if (option == name && i + 1 < arguments.size())
                return arguments[++i];
            return std::nullopt;
        };
        if (option == QLatin1String("--help")) {
            printHelp(context);
            return ExitCode::Ok;
        }
        if (option == QLatin1String("--version")) {
            context.out() << "factora-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitCode::Ok;
        }
        if (option == QLatin1String("--database") || option.startsWith(QLatin1String("--database="))) {
            const auto value = valueOf(QStringLiteral("--database"));
            if (!value)
                break;
            context.setOverride(QStringLiteral("database/url"), *value);
        } else if (option == QLatin1String("--config") || option.startsWith(QLatin1String("--config="))) {
            const auto value = valueOf(QStringLiteral("--config"));
            if (!value)
                break;
            context.setConfigFile(*value);
        } else if (option == QLatin1String("--set") || option.startsWith(QLatin1String("--set="))) {
            const auto value = valueOf(QStringLiteral("--set"));
            const qsizetype eq = value ? value->indexOf(QLatin1Char('=')) : -1;
            if (eq <= 0) {
                context.err() << "factora-cli: " << QCoreApplication::translate("CliApplication", "--set espera SECCIÓN/CLAVE=VALOR.") << Qt::endl;
                return ExitCode::Usage;
            }
            context.setOverride(value->left(eq), value->mid(eq + 1));
        } else {
            context.err() << "factora-cli: " << QCoreApplication::translate("CliApplication", "opción global desconocida «%1» (vea «factora-cli --help»).").arg(option)
                          << Qt::endl;
            return ExitCode::Usage;
        }
        ++i;
    }
    if (i < arguments.size() && arguments[i].startsWith(QLatin1String("--"))) {
        context.err() << "factora-cli: " << QCoreApplication::translate("CliApplication", "a la opción «%1» le falta su valor.").arg(arguments[i]) << Qt::endl;
        return ExitCode::Usage;
    }

    // Language and log rules from the configuration; a broken configuration is reported by the command that needs it.
    if (auto configuration = context.configuration(); configuration && QCoreApplication::instance())
        (void)core::ApplicationIdentity::applyConfiguration(*QCoreApplication::instance(), configuration.value());

    const QStringList rest = arguments.mid(i);
    if (rest.isEmpty()) {
        printHelp(context);
        return ExitCode::Usage;
    }
    // Command names have one or two words: "db migrate", "user add".
    for (int words = 2; words >= 1; --words) {
        if (rest.size() < words)
            continue;
        const QString name = rest.mid(0, words).join(QLatin1Char(' '));
        for (const auto& command : m_commands) {
            if (command->name() == name)
                return command->run(context, rest.mid(words));
        }
    }
    context.err() << "factora-cli: "
                  << QCoreApplication::translate("CliApplication", "comando desconocido «%1» (vea «factora-cli --help»).").arg(rest.mid(0, 2).join(QLatin1Char(' ')))
                  << Qt::endl;
    return ExitCode::Usage;
}

} // namespace factora::cli
