// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CalendarAccountingDateCommand.h"

#include "ExitCode.h"
#include "calendar/BankingCalendar.h"

#include <QCoreApplication>

namespace factora::cli {

namespace {
} // namespace

QString CalendarAccountingDateCommand::name() const
{
    return QStringLiteral("calendar accounting-date");
}

QString CalendarAccountingDateCommand::summary() const
{
    return QCoreApplication::translate("CalendarAccountingDateCommand", "Fecha contable de un pago hecho a una hora de Santiago (corte a las 14:00).");
}

void CalendarAccountingDateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("\"AAAA-MM-DD HH:MM\""), QCoreApplication::translate("CalendarAccountingDateCommand", "Fecha y hora del pago, hora de Chile."));
    parser.addOption({QStringLiteral("overrides"), QCoreApplication::translate("CalendarAccountingDateCommand", "Archivo de feriados adicionales o eliminados."),
                      QStringLiteral("ARCHIVO")});
}

int CalendarAccountingDateCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("CalendarAccountingDateCommand", "falta la fecha y hora, entre comillas: \"AAAA-MM-DD HH:MM\"."));
    auto calendar = parser.isSet(QStringLiteral("overrides"))
        ? core::BankingCalendar::withOverridesFile(parser.value(QStringLiteral("overrides")))
        : core::BankingCalendar::create();
    if (!calendar)
        return fail(context, calendar.error());
    auto instant = calendar->parseLocalTimestamp(parser.positionalArguments().first());
    if (!instant)
        return fail(context, instant.error());
    auto date = calendar->accountingDate(instant.value());
    if (!date)
        return fail(context, date.error());
    context.out() << date->toString(Qt::ISODate) << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli
