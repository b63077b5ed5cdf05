// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CalendarHolidaysCommand.h"

#include "ExitCode.h"
#include "calendar/BankingCalendar.h"

#include <QCoreApplication>

namespace factora::cli {

namespace {
} // namespace

QString CalendarHolidaysCommand::name() const
{
    return QStringLiteral("calendar holidays");
}

QString CalendarHolidaysCommand::summary() const
{
    return QCoreApplication::translate("CalendarHolidaysCommand", "Lista los feriados bancarios de un año, uno por línea.");
}

void CalendarHolidaysCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("AÑO"), QCoreApplication::translate("CalendarHolidaysCommand", "Año, por ejemplo 2026."));
    parser.addOption({QStringLiteral("overrides"), QCoreApplication::translate("CalendarHolidaysCommand", "Archivo de feriados adicionales o eliminados."),
                      QStringLiteral("ARCHIVO")});
}

int CalendarHolidaysCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("CalendarHolidaysCommand", "falta el año (uno solo)."));
    bool ok = false;
    const int year = parser.positionalArguments().first().toInt(&ok);
    if (!ok)
        return usage(context, QCoreApplication::translate("CalendarHolidaysCommand", "«%1» no es un año.").arg(parser.positionalArguments().first()));
    auto calendar = parser.isSet(QStringLiteral("overrides"))
        ? core::BankingCalendar::withOverridesFile(parser.value(QStringLiteral("overrides")))
        : core::BankingCalendar::create();
    if (!calendar)
        return fail(context, calendar.error());
    auto holidays = calendar->holidays(year);
    if (!holidays)
        return fail(context, holidays.error());
    for (const core::Holiday& holiday : std::as_const(holidays.value()))
        context.out() << holiday.toString() << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli
