// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionTestSupport.h"

#include "aec/AecBuilder.h"
#include "dte/DteReader.h"

using namespace factora::core;
using namespace Qt::StringLiterals;

CessionTestSupport::CessionTestSupport(const Clock& clock)
    : m_clock(clock)
{
}

QString CessionTestSupport::dtePath()
{
    return qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/dte/dte-latin1.xml"_s;
}

QString CessionTestSupport::init()
{
    m_pkcs12 = m_pki.pkcs12(m_pki.issue({}), pkcs12Password(), factora::test::TestPki::Pkcs12Encryption::Aes256);
    auto bundle = Pkcs12Bundle::fromPkcs12(m_pkcs12, pkcs12Password());
    if (!bundle)
        return bundle.error().message();
    m_signer = std::move(bundle.value());
    return {};
}

QByteArray CessionTestSupport::firstCession(qint64 monto, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error != nullptr)
            *error = message;
        return QByteArray();
    };
    if (!m_signer)
        return fail(u"no signer"_s);
    auto bytes = DteReader::readFile(dtePath());
    if (!bytes)
        return fail(bytes.error().message());
    auto dtes = DteReader::load(bytes.value(), dtePath());
    if (!dtes || dtes->size() != 1)
        return fail(dtes ? u"not one DTE"_s : dtes.error().message());
    AecRequest request;
    request.dte = dtes->first();
    request.cedente.email = u"finanzas@emisor.cl"_s;
    request.cesionario = AecParty { QString::fromLatin1(firstCesionario), u"Factora Capital SpA"_s,
                                    u"Av. Apoquindo 3000"_s, u"cesiones@factora.cl"_s };
    request.declaracionJurada = true;
    if (monto > 0)
        request.monto = Money::fromPesos(monto);
    auto built = AecBuilder::build(request, *m_signer, m_clock);
    if (!built)
        return fail(built.error().message());
    return built->xml;
}

QByteArray CessionTestSupport::recession(const QByteArray& previousAec, QString* error) const
{
    if (!m_signer) {
        if (error != nullptr)
            *error = u"no signer"_s;
        return {};
    }
    AecRequest request;
    request.previousAec = previousAec;
    request.cedente.email = u"cesiones@factora.cl"_s;
    request.cesionario = AecParty { QString::fromLatin1(secondCesionario), u"Segundo Fondo de Inversión"_s,
                                    u"Av. Providencia 1200"_s, u"operaciones@segundo.cl"_s };
    request.declaracionJurada = true;
    auto built = AecBuilder::build(request, *m_signer, m_clock);
    if (!built) {
        if (error != nullptr)
            *error = built.error().message();
        return {};
    }
    return built->xml;
}
