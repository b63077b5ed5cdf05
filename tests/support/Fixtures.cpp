// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Fixtures.h"

#include "types/Rut.h"

namespace factora::test {

QString Fixtures::rut(qint64 body)
{
    return QString::number(body) + QLatin1Char('-') + core::Rut::checkDigitFor(body);
}

core::Company Fixtures::company(qint64 body, const QString& name, bool cedente, bool debtor)
{
    core::Company company;
    company.rut = rut(body);
    company.razonSocial = name;
    company.isCedente = cedente;
    company.isDebtor = debtor;
    return company;
}

} // namespace factora::test
