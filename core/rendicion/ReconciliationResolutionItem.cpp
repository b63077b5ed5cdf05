// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ReconciliationResolutionItem.h"

#include <QCoreApplication>

namespace factora::core {

QString ReconciliationResolutionItem::outcomeLabel(const QString& outcome)
{
    if (outcome == u"matched")
        return QCoreApplication::translate("ReconciliationResolutionItem", "Cuadra");
    if (outcome == u"applied_from_bank")
        return QCoreApplication::translate("ReconciliationResolutionItem", "Aplicado desde el banco");
    if (outcome == u"not_notified")
        return QCoreApplication::translate("ReconciliationResolutionItem", "Pagado en el banco, no notificado");
    if (outcome == u"missing_in_bank")
        return QCoreApplication::translate("ReconciliationResolutionItem", "Falta en el archivo del banco");
    if (outcome == u"differs")
        return QCoreApplication::translate("ReconciliationResolutionItem", "Difiere");
    return outcome;
}

} // namespace factora::core
