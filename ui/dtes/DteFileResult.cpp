// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteFileResult.h"

#include <QCoreApplication>

namespace factora::ui {

QString DteFileResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return QCoreApplication::translate("DteFileResult", "Importado");
    case Outcome::Duplicate:
        return QCoreApplication::translate("DteFileResult", "Duplicado");
    case Outcome::Invalid:
        return QCoreApplication::translate("DteFileResult", "Inválido");
    case Outcome::Forbidden:
        return QCoreApplication::translate("DteFileResult", "No permitido");
    case Outcome::Failed:
        break;
    }
    return QCoreApplication::translate("DteFileResult", "Error");
}

} // namespace factora::ui
