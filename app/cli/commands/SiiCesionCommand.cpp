// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiCesionCommand.h"

#include "ExitCode.h"
#include "cession/CessionService.h"
#include "sii/SiiClient.h"
#include "sii/SiiClientOptions.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

QString SiiCesionCommand::name() const
{
    return QStringLiteral("sii cesion");
}

QString SiiCesionCommand::summary() const
{
    return QCoreApplication::translate("SiiCesionCommand",
                                       "Pregunta al registro del SII si un documento está cedido y a quién.");
}

void SiiCesionCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("RUT"),
                                 QCoreApplication::translate("SiiCesionCommand", "RUT del emisor del documento."));
    parser.addPositionalArgument(
        QStringLiteral("TIPO"), QCoreApplication::translate("SiiCesionCommand", "Tipo de documento (33, 34, 46, 43)."));
    parser.addPositionalArgument(QStringLiteral("FOLIO"), QCoreApplication::translate("SiiCesionCommand", "Folio."));
    addSiiOptions(parser);
    parser.addOption(
        { QStringLiteral("empresa"),
          QCoreApplication::translate("SiiCesionCommand",
                                      "Empresa relacionada (tenedor o receptor) desde la que se pregunta el "
                                      "tenedor; por omisión, el último cesionario registrado aquí."),
          QStringLiteral("RUT") });
    parser.addOption(jsonOption());
}

int SiiCesionCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(context, QCoreApplication::translate("SiiCesionCommand", "indique RUT TIPO FOLIO."));
    if (const QString problem = checkSiiOptions(parser); !problem.isEmpty())
        return usage(context, problem);
    auto emitter = Rut::parse(positional.at(0));
    if (!emitter)
        return usage(context, emitter.error().message());
    bool tipoOk = false;
    bool folioOk = false;
    const int tipo = positional.at(1).toInt(&tipoOk);
    const qint64 folio = positional.at(2).toLongLong(&folioOk);
    if (!tipoOk || tipo <= 0)
        return usage(context,
                     QCoreApplication::translate("SiiCesionCommand", "TIPO «%1» no es un tipo de documento.")
                         .arg(positional.at(1)));
    if (!folioOk || folio <= 0)
        return usage(
            context,
            QCoreApplication::translate("SiiCesionCommand", "FOLIO «%1» no es un folio.").arg(positional.at(2)));
    std::optional<Rut> empresa;
    if (parser.isSet(QStringLiteral("empresa"))) {
        auto parsed = Rut::parse(parser.value(QStringLiteral("empresa")));
        if (!parsed)
            return usage(context, parsed.error().message());
        empresa = parsed.value();
    }

    auto environment = SiiCommand::environment(context, parser);
    if (!environment)
        return fail(context, environment.error());
    auto configuration = context.configuration();
    if (!configuration)
        return fail(context, configuration.error());
    auto options = SiiClientOptions::fromConfiguration(configuration.value());
    if (!options)
        return fail(context, options.error());
    if (!empresa) {
        // Whom to ask about: the last cesionario of this document recorded here for this SII, if any.
        auto database = context.database();
        if (!database)
            return fail(context, database.error());
        auto local = CessionService(**database, context.clock()).forDocument(emitter->toString(), tipo, folio);
        if (!local)
            return fail(context, local.error());
        for (const Cession& cession : std::as_const(local.value())) {
            if (cession.environment == environment->name())
                empresa = Rut::parse(cession.cesionarioRut).valueOr(Rut());
        }
        if (empresa && empresa->isNull())
            empresa.reset();
    }
    auto signer = SiiCommand::signer(context, parser);
    if (!signer)
        return fail(context, signer.error());
    SiiClient client(environment.value(), signer.value(), options.value(), context.clock());

    auto ceded = client.cesionStatus(emitter.value(), tipo, folio);
    if (!ceded)
        return fail(context, ceded.error());
    std::optional<SiiCesionAnswer> related;
    if (ceded->ceded && empresa) {
        auto answer = client.cesionStatusRelated(emitter.value(), tipo, folio, empresa.value());
        if (!answer)
            return fail(context, answer.error());
        related = answer.value();
    }
    const QString holder = related ? related->rutTenedor : ceded->rutTenedor;
    const QString document = QStringLiteral("%1/%2/%3").arg(emitter->toString()).arg(tipo).arg(folio);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json { { QStringLiteral("document"), document },
                           { QStringLiteral("ceded"), ceded->ceded },
                           { QStringLiteral("estado"), ceded->estado },
                           { QStringLiteral("glosa"), ceded->glosa },
                           { QStringLiteral("meaning"), ceded->meaning },
                           { QStringLiteral("holder"), holder },
                           { QStringLiteral("environment"), environment->name() } };
        if (related) {
            json.insert(QStringLiteral("asked_as"), empresa->toString());
            json.insert(QStringLiteral("last_annotation"), related->fechaUltimaAnotacion);
            json.insert(QStringLiteral("collector"), related->rutCobranza);
            json.insert(QStringLiteral("declaracion_jurada"), related->hasDeclaracionJurada());
        }
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else if (!ceded->ceded) {
        context.out() << QCoreApplication::translate("SiiCesionCommand", "%1 no está cedido (ESTADO %2: %3).")
                             .arg(document, ceded->estado, ceded->glosa.isEmpty() ? ceded->meaning : ceded->glosa)
                      << '\n';
    } else if (!holder.isEmpty()) {
        context.out() << QCoreApplication::translate("SiiCesionCommand", "%1 está cedido; tenedor actual: %2.")
                             .arg(document, holder);
        if (related && !related->fechaUltimaAnotacion.isEmpty())
            context.out() << ' '
                          << QCoreApplication::translate("SiiCesionCommand", "Última anotación: %1.")
                                 .arg(related->fechaUltimaAnotacion);
        context.out() << '\n';
    } else {
        context.out() << QCoreApplication::translate(
                             "SiiCesionCommand",
                             "%1 está cedido; el SII no dice a quién sin una empresa relacionada "
                             "(use --empresa RUT).")
                             .arg(document)
                      << '\n';
    }
    return ceded->ceded ? ExitCode::Ok : ExitCode::Verdict;
}

} // namespace factora::cli
