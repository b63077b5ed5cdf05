// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiUploadReceipt.h"

#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlRuntime.h"

using namespace Qt::StringLiterals;

namespace factora::core {

QString SiiUploadReceipt::statusMeaning(int status)
{
    switch (status) {
    case 0:
        return tr("Envío recibido por el SII; la validación sigue con el TRACKID");
    case 1:
        return tr("El RUT autenticado no tiene permiso para enviar en nombre de la empresa cedente");
    case 2:
        return tr("Error en el tamaño del archivo");
    case 4:
        return tr("Faltan parámetros en el envío");
    case 5:
        return tr("Token inválido, inexistente o vencido");
    case 6:
        return tr("La empresa no está autorizada como emisora de DTE (revise también el ambiente: certificación o "
                  "producción)");
    case 9:
    case 10:
        return tr("Error interno del SII");
    default:
        break;
    }
    return tr("STATUS %1 no documentado por el SII").arg(status);
}

Result<SiiUploadReceipt> SiiUploadReceipt::parse(const QByteArray& answer)
{
    if (auto ready = XmlRuntime::initialize(); !ready)
        return ready.error();
    auto parsed = SafeXmlParser::parse(answer, u"RECEPCIONAEC"_s);
    if (!parsed)
        return parsed.error();
    const xmlNode* root = xmlDocGetRootElement(parsed->document.get());
    if (root == nullptr || !libxml::isElement(root, "RECEPCIONAEC"))
        return Error(ErrorCode::InvalidInput,
                     tr("La respuesta del envío no es RECEPCIONAEC sino «%1».")
                         .arg(root != nullptr ? QString::fromUtf8(libxml::localName(root)) : QString()));
    auto field = [root](const char* name) { return libxml::text(libxml::firstChild(root, name)).trimmed(); };
    const QString statusText = field("STATUS");
    bool numeric = false;
    const int status = statusText.toInt(&numeric, 10);
    if (!numeric)
        return Error(ErrorCode::InvalidInput,
                     tr("La respuesta RECEPCIONAEC no trae un STATUS numérico (trae «%1»).").arg(statusText));
    SiiUploadReceipt receipt;
    receipt.status = status;
    receipt.trackId = field("TRACKID");
    receipt.timestamp = field("TIMESTAMP");
    receipt.rutSender = field("RUTSENDER");
    receipt.rutCompany = field("RUTCOMPANY");
    receipt.file = field("FILE");
    receipt.meaning = statusMeaning(status);
    receipt.rawAnswer = answer;
    if (status == 0) {
        if (receipt.trackId.isEmpty())
            return Error(ErrorCode::InvalidInput, tr("La respuesta RECEPCIONAEC trae STATUS 0 pero no TRACKID."));
        for (const QChar c : receipt.trackId) {
            if (!c.isDigit())
                return Error(ErrorCode::InvalidInput,
                             tr("El TRACKID «%1» de la respuesta RECEPCIONAEC no es numérico.").arg(receipt.trackId));
        }
    }
    return receipt;
}

} // namespace factora::core
