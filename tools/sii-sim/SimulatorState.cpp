// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SimulatorState.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cstdio>

namespace factora::siisim {

using core::Error;
using core::ErrorCode;

core::Result<std::unique_ptr<SimulatorState>> SimulatorState::create(const SimOptions& options,
                                                                     const core::Clock& clock)
{
    auto issuers = TrustedIssuers::load(options.trustedCas);
    if (!issuers)
        return issuers.error();
    std::unique_ptr<SimulatorState> state(new SimulatorState(options, clock, std::move(*issuers)));
    if (auto loaded = state->load(); !loaded)
        return loaded.error();
    return state;
}

SimulatorState::SimulatorState(const SimOptions& options, const core::Clock& clock, TrustedIssuers issuers)
    : m_options(options)
    , m_clock(clock)
    , m_faults(options.faults)
    , m_authority(clock, options.seedTtlSeconds, options.tokenTtlSeconds, std::move(issuers))
{
}

core::Status SimulatorState::load()
{
    if (m_options.stateFile.isEmpty() || !QFile::exists(m_options.stateFile))
        return {};
    QFile file(m_options.stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("SimulatorState", "--state %1: %2")
                         .arg(m_options.stateFile, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error(ErrorCode::Integrity,
                     QCoreApplication::translate("SimulatorState", "--state %1: no es un estado del simulador (%2).")
                         .arg(m_options.stateFile, parseError.errorString()));
    m_registry.fromJson(document.object().value(QStringLiteral("registry")).toObject());
    m_authority.tokensFromJson(document.object().value(QStringLiteral("tokens")).toArray());
    return {};
}

void SimulatorState::save()
{
    if (m_options.stateFile.isEmpty())
        return;
    const QJsonObject state { { QStringLiteral("format"), QStringLiteral("factora-sii-sim/1") },
                              { QStringLiteral("registry"), m_registry.toJson() },
                              { QStringLiteral("tokens"), m_authority.tokensToJson() } };
    QSaveFile file(m_options.stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        std::fprintf(stderr, "factora-sii-sim: cannot save the state to %s: %s\n", qPrintable(m_options.stateFile),
                     qPrintable(file.errorString()));
}

UploadRecord SimulatorState::pollUpload(UploadRecord& upload)
{
    const UploadRecord answer = upload;
    if (EnvioStage::isFinal(upload.stage))
        return answer;
    if (++upload.pollsInStage >= m_options.pollsPerStage) {
        advance(upload);
        upload.pollsInStage = 0;
    }
    if (EnvioStage::isFinal(upload.stage))
        m_validators.erase(upload.trackId);
    save();
    return answer;
}

void SimulatorState::advance(UploadRecord& upload)
{
    using Code = EnvioStage::Code;
    std::unique_ptr<AecStageValidator>& validator = m_validators[upload.trackId];
    if (!validator)
        validator = std::make_unique<AecStageValidator>(upload.aec, upload.fileName, upload.rutCompany, m_clock);
    auto decide = [&upload](const QString& problem, Code passed, Code rejected) {
        upload.stage = problem.isEmpty() ? passed : rejected;
        upload.detail = problem;
    };
    switch (upload.stage) {
    case Code::UPL:
        upload.stage = Code::RCP;
        break;
    case Code::RCP:
        decide(validator->schemaProblem(), Code::SOK, Code::RSC);
        break;
    case Code::SOK:
        decide(validator->envelopeProblem(), Code::FSO, Code::RFS);
        break;
    case Code::FSO:
        decide(validator->caratulaProblem(), Code::COK, Code::RCR);
        break;
    case Code::COK:
        upload.stage = Code::VDC;
        break;
    case Code::VDC:
        decide(validator->documentProblem(), Code::VCS, Code::RDC);
        break;
    case Code::VCS: {
        decide(validator->cessionProblem(m_registry.cessionsOf(validator->dteKey())), Code::EOK, Code::RCS);
        if (upload.stage == Code::EOK) {
            AnnotatedCession cession = validator->lastCession();
            cession.annotatedAt = m_clock.nowUtc();
            cession.trackId = upload.trackId;
            cession.idCesion = QString::number(
                QRandomGenerator::system()->bounded(Q_INT64_C(1000000000000000), Q_INT64_C(9999999999999999)));
            upload.idCesion = cession.idCesion;
            m_registry.annotate(cession);
        }
        break;
    }
    default:
        break;
    }
}

} // namespace factora::siisim
