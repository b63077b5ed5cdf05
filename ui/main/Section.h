// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace factora::core {
class UserSession;
}

namespace factora::ui {

/** @brief The sections of the main window's navigation, in the order they are listed. */
enum class Section {
    Home, ///< "Inicio": who is signed in
    Dtes, ///< "DTEs": imported electronic invoices
    Operations, ///< "Operaciones": DTEs offered to the factoring and their visto bueno
    Cessions, ///< "Cesiones": signed AECs and the SII's answers
    Collections, ///< "Cobranza": payments, rendiciones, reconciliation
    Dispatch, ///< "Despacho": invoices sent to the debtors
    Administration, ///< "Administración": companies, users, settings
    Audit, ///< "Auditoría": the audit log
};

/** @brief Every section, in navigation order. */
QList<Section> allSections();

/** @brief The section's stable English code ("home", "dtes", ...), used in object names. */
QString sectionCode(Section section);

/** @brief The section's name in the navigation, translated. */
QString sectionTitle(Section section);

/** @brief What the section holds, translated; shown as its tooltip and on its empty page. */
QString sectionDescription(Section section);

/** @brief The section's icon. */
QIcon sectionIcon(Section section);

/**
 * @brief Whether @p session may see @p section: it holds any of the permissions the section needs.
 *
 * Inicio: everyone. DTEs and Operaciones: dte.import or dte.approve. Cesiones: cession.sign or dte.approve.
 * Cobranza and Despacho: collections.read. Administración: companies.manage, users.manage or settings.manage.
 * Auditoría: audit.read.
 */
bool sectionVisibleTo(Section section, const core::UserSession& session);

} // namespace factora::ui
