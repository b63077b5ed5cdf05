// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QStringList>

namespace factora::core {

/**
 * @brief The demonstration data set: the factoring, three client companies (cedentes), their debtors, and a
 * user of each role.
 *
 * Only for an empty database (no companies, no users). The demo users share one published password,
 * demoPassword(): the data set is for trying Factora out, never for production. The first cedente and its
 * debtor are the emitter and receiver of the real SII sample invoice, so that sample can be imported as the
 * demo cedente. Everything goes through the core services, so it is validated and audited like any change.
 */
class DemoSeeder
{
public:
    DemoSeeder(Database& database, const Clock& clock);

    /** @brief Whether the database has neither companies nor users. */
    Result<bool> isEmpty();

    /** @brief Loads the data set in one go; on failure the database is left as it was before. */
    Status seed(const Actor& actor);

    static QString demoPassword();

    /**
     * @brief RUT of the person who signs for the first cedente (Ingeniería Enacon SpA, user cedente1) in the demo:
     * the RUT in the SubjectAltName of the demo kit's certificate (tools/demo-kit), hence its RUTAutorizado.
     */
    static QString demoSignerRut();
    /** @brief Name of that person, the certificate's common name. */
    static QString demoSignerName();
    /** @brief Published password of the demo kit's PKCS#12 file: the kit is for trying Factora out only. */
    static QString demoCertificatePassword();
    /** @brief One line per demo user: name, role, company. */
    static QStringList userSummary();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace factora::core
