// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DeliveryDestination.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    Error invalid(const QString& shown, const QString& reason)
    {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DeliveryDestination", "Destino de entrega «%1» no válido: %2")
                         .arg(shown, reason));
    }

    bool isMailAddress(const QString& address)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"));
        return pattern.match(address).hasMatch();
    }

} // namespace

Result<DeliveryDestination> DeliveryDestination::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(trimmed, QCoreApplication::translate("DeliveryDestination", "está vacío"));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    DeliveryDestination destination;
    if (scheme == u"mailto"_s) {
        if (url.hasQuery() || url.hasFragment()) {
            return invalid(
                trimmed,
                QCoreApplication::translate("DeliveryDestination", "mailto: admite solo direcciones, sin «?» ni «#»"));
        }
        const QStringList parts = url.path(QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const QString address = part.trimmed();
            if (!isMailAddress(address)) {
                return invalid(trimmed,
                               QCoreApplication::translate("DeliveryDestination", "«%1» no es una dirección de correo")
                                   .arg(address));
            }
            destination.m_recipients.append(address);
        }
        if (destination.m_recipients.isEmpty()) {
            return invalid(trimmed, QCoreApplication::translate("DeliveryDestination", "mailto: sin destinatarios"));
        }
        destination.m_kind = Kind::Mail;
        return destination;
    }
    if (scheme != u"sftp"_s && scheme != u"ftp"_s) {
        // Shown without anything after the scheme: an unknown URL might carry a password.
        return invalid(scheme + u":…"_s,
                       QCoreApplication::translate("DeliveryDestination", "se admiten sftp://, ftp:// y mailto:"));
    }
    if (!url.isValid()) {
        return invalid(
            scheme + u"://…"_s,
            QCoreApplication::translate("DeliveryDestination", "no es una URL válida (%1)").arg(url.errorString()));
    }
    const QString shown = scheme + u"://"_s + url.userName() + u'@' + url.host();
    if (!url.password().isEmpty()) {
        return invalid(shown,
                       QCoreApplication::translate("DeliveryDestination",
                                                   "la URL contiene una contraseña; las contraseñas se "
                                                   "guardan en el almacén de secretos, nunca en la URL"));
    }
    if (url.userName().isEmpty()) {
        return invalid(shown,
                       QCoreApplication::translate("DeliveryDestination", "falta el usuario (usuario@servidor)"));
    }
    if (url.host().isEmpty()) {
        return invalid(shown, QCoreApplication::translate("DeliveryDestination", "falta el servidor"));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return invalid(shown, QCoreApplication::translate("DeliveryDestination", "no admite «?» ni «#»"));
    }
    QString path = url.path(QUrl::FullyDecoded);
    if (path.isEmpty()) {
        path = u"/"_s;
    }
    if (path.split(u'/').contains(u".."_s)) {
        return invalid(shown, QCoreApplication::translate("DeliveryDestination", "la carpeta no puede contener «..»"));
    }
    destination.m_kind = scheme == u"sftp"_s ? Kind::Sftp : Kind::Ftp;
    destination.m_user = url.userName();
    destination.m_host = url.host();
    destination.m_port = url.port(destination.m_kind == Kind::Sftp ? 22 : 21);
    destination.m_directory = path;
    return destination;
}

Result<QList<DeliveryDestination>> DeliveryDestination::parseList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    QList<DeliveryDestination> destinations;
    for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
        Result<DeliveryDestination> destination = parse(item);
        if (!destination) {
            return destination.error();
        }
        destinations.append(destination.value());
    }
    return destinations;
}

QString DeliveryDestination::remotePath(const QString& fileName) const
{
    return m_directory.endsWith(u'/') ? m_directory + fileName : m_directory + u'/' + fileName;
}

QString DeliveryDestination::toString() const
{
    switch (m_kind) {
    case Kind::Mail:
        return u"mailto:"_s + m_recipients.join(u',');
    case Kind::Sftp:
    case Kind::Ftp:
        break;
    }
    const QString scheme = m_kind == Kind::Sftp ? u"sftp"_s : u"ftp"_s;
    return scheme + u"://"_s + m_user + u'@' + m_host + u':' + QString::number(m_port) + m_directory;
}

QString DeliveryDestination::secretKey(const QString& item) const
{
    const QString scheme = m_kind == Kind::Sftp ? u"sftp"_s : u"ftp"_s;
    return u"delivery/"_s + scheme + u'/' + m_host + u'/' + m_user + u'/' + item;
}

} // namespace factora::core
