// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiMultipart.h"

#include <QRandomGenerator>

namespace factora::core {

namespace {
    void appendField(QByteArray& out, const QByteArray& boundary, const QByteArray& name, const QByteArray& value)
    {
        out += "--" + boundary + "\r\n";
        out += "Content-Disposition: form-data; name=\"" + name + "\"\r\n";
        out += "\r\n";
        out += value + "\r\n";
    }
} // namespace

QByteArray SiiMultipart::body(const QByteArray& boundary, const QString& emailNotif, const Rut& company,
                              const QString& fileName, const QByteArray& file)
{
    QByteArray out;
    out.reserve(file.size() + 1024);
    appendField(out, boundary, "emailNotif", emailNotif.toUtf8());
    appendField(out, boundary, "rutCompany", QByteArray::number(company.body()));
    appendField(out, boundary, "dvCompany", QString(company.checkDigit()).toLatin1());
    out += "--" + boundary + "\r\n";
    out += "Content-Disposition: form-data; name=\"archivo\"; filename=\"" + fileName.toUtf8() + "\"\r\n";
    out += "Content-Type: text/xml\r\n";
    out += "\r\n";
    out += file;
    out += "\r\n";
    out += "--" + boundary + "--\r\n";
    return out;
}

QByteArray SiiMultipart::contentType(const QByteArray& boundary)
{
    return "multipart/form-data; boundary=" + boundary;
}

QByteArray SiiMultipart::boundaryFor(const QByteArray& file)
{
    for (;;) {
        QByteArray boundary = "----FactoraBoundary";
        for (int i = 0; i < 4; ++i)
            boundary += QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
        if (!file.contains(boundary))
            return boundary;
    }
}

} // namespace factora::core
