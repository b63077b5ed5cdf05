// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "common/Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using factora::core::ErrorCode;
using factora::core::Localization;

namespace {

QString administrator()
{
    return QCoreApplication::translate("Role", "Administrador");
}

} // namespace

class TestLocalization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("es_CL"))); }

    void catalogueIsEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/factora_en.qm")));
        QCOMPARE(Localization::sourceLanguage(), QStringLiteral("es_CL"));
        QCOMPARE(Localization::availableLanguages(), (QStringList { QStringLiteral("es_CL"), QStringLiteral("en") }));
    }

    void installsTheRequestedLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Administrator");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Administrator");
        QTest::newRow("en-GB") << QStringLiteral("en-GB") << QStringLiteral("Administrator");
        QTest::newRow("es_CL") << QStringLiteral("es_CL") << QStringLiteral("Administrador");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Administrador");
        // The tests run with LC_ALL=C.UTF-8: a system locale without a catalogue falls back to Spanish.
        QTest::newRow("system") << QString() << QStringLiteral("Administrador");
    }

    void installsTheRequestedLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const auto status = Localization::install(*QCoreApplication::instance(), language);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        QCOMPARE(administrator(), expected);
    }

    void switchingBackRemovesTheEarlierCatalogue()
    {
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(administrator(), QStringLiteral("Administrator"));
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("es_CL")));
        QCOMPARE(administrator(), QStringLiteral("Administrador"));
    }

    void unknownLanguageIsAnErrorAndLeavesSpanish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("french, no catalogue") << QStringLiteral("fr");
        QTest::newRow("not a locale") << QStringLiteral("klingon");
    }

    void unknownLanguageIsAnErrorAndLeavesSpanish()
    {
        QFETCH(QString, language);
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("en")));
        const auto status = Localization::install(*QCoreApplication::instance(), language);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(status.error().message(), QStringLiteral("Idioma no disponible «%1»: use es_CL, en.").arg(language));
        QCOMPARE(administrator(), QStringLiteral("Administrador"));
    }

    void installsQtsOwnTranslation()
    {
        const QString qtSpanish = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm");
        if (!QFile::exists(qtSpanish))
            QSKIP("Qt's Spanish translation (qt6-translations-l10n) is not installed");
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("es_CL")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
        QVERIFY(Localization::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "TestLocalization.moc"
