// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Input of the translations-check-catches-gaps test (translations/CMakeLists.txt); read by lupdate, never compiled.
#include <QCoreApplication>

QString translatedString()
{
    return QCoreApplication::translate("Fixture", "Cadena traducida");
}

QString untranslatedString()
{
    return QCoreApplication::translate("Fixture", "Cadena sin traducir");
}

class NoMetaObject
{
public:
    QString label() const { return tr("Cadena en un contexto equivocado"); }
};
