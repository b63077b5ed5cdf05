// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "TestPki.h"
#include "common/Clock.h"
#include "crypto/Pkcs12Bundle.h"

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * @brief Real, signed AECs for the cession tests: the signed test DTE tests/data/dte/dte-latin1.xml ceded by its
 * emitter to Factora Capital SpA (77665544-9), and re-ceded by it to 76177907-9, signed with a TestPki certificate.
 */
class CessionTestSupport
{
public:
    static constexpr const char* firstCesionario = "77665544-9";
    static constexpr const char* secondCesionario = "76177907-9";

    explicit CessionTestSupport(const factora::core::Clock& clock);

    /** @brief The signer: a fresh TestPki certificate for 12345678-5; nullptr until init() succeeded. */
    const factora::core::Pkcs12Bundle* signer() const { return m_signer ? &*m_signer : nullptr; }
    /** @brief The signer as a PKCS#12 file and its password. */
    const QByteArray& pkcs12() const { return m_pkcs12; }
    static QByteArray pkcs12Password() { return QByteArrayLiteral("clave-p12"); }

    /** @brief Issues the certificate; an empty string when all went well, else why not. */
    QString init();

    /** @brief A first cession of the test DTE for @p monto pesos (0: the whole total); empty on failure. */
    QByteArray firstCession(qint64 monto = 0, QString* error = nullptr) const;

    /** @brief A re-cession of @p previousAec to secondCesionario; empty on failure. */
    QByteArray recession(const QByteArray& previousAec, QString* error = nullptr) const;

    /** @brief The test DTE's path. */
    static QString dtePath();

private:
    const factora::core::Clock& m_clock;
    factora::test::TestPki m_pki;
    QByteArray m_pkcs12;
    std::optional<factora::core::Pkcs12Bundle> m_signer;
};
