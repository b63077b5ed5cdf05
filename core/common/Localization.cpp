// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

Q_LOGGING_CATEGORY(lcLocalization, "factora.core.localization", QtInfoMsg)

// Object names that mark the translators install() owns, so a later call can remove them.
const char* const FactoraTranslatorName = "factora.translator.factora";
const char* const QtTranslatorName = "factora.translator.qt";

QString catalogueDirectory()
{
    return QStringLiteral(":/i18n");
}

QString catalogueBaseName()
{
    return QStringLiteral("factora");
}

void removeInstalledTranslators(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        if (translator->objectName() == QLatin1StringView(FactoraTranslatorName)
            || translator->objectName() == QLatin1StringView(QtTranslatorName)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

bool installTranslator(QCoreApplication& app, const QLocale& locale, const QString& baseName, const QString& directory,
                       const char* objectName)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, baseName, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    translator->setObjectName(QLatin1StringView(objectName));
    QCoreApplication::installTranslator(translator);
    qCDebug(lcLocalization) << "installed" << translator->filePath();
    return true;
}

// Qt's own strings (standard dialogs, context menus): a deployed program's "translations" folder first, then Qt's.
void installQtTranslations(QCoreApplication& app, const QLocale& locale)
{
    const QStringList directories { QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath) };
    for (const QString& directory : directories) {
        if (installTranslator(app, locale, QStringLiteral("qtbase"), directory, QtTranslatorName))
            return;
    }
    qCDebug(lcLocalization) << "no qtbase translation for" << locale.name() << "in" << directories;
}

} // namespace

namespace factora::core {

QString Localization::sourceLanguage()
{
    return QStringLiteral("es_CL");
}

QStringList Localization::availableLanguages()
{
    QStringList languages { sourceLanguage() };
    const QString prefix = catalogueBaseName() + QLatin1Char('_');
    const QStringList files
        = QDir(catalogueDirectory()).entryList({ prefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}

Status Localization::install(QCoreApplication& app, const QString& language)
{
    removeInstalledTranslators(app);

    const QString requested = language.trimmed();
    const bool fromSystem = requested.isEmpty();
    const QLocale locale = fromSystem ? QLocale::system() : QLocale(requested);
    const auto unavailable = [&] {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Localization", "Idioma no disponible «%1»: use %2.")
                         .arg(requested, availableLanguages().join(QStringLiteral(", "))));
    };
    if (!fromSystem && locale.language() == QLocale::C)
        return unavailable();

    if (locale.language() == QLocale::Spanish) {
        installQtTranslations(app, locale);
        qCDebug(lcLocalization) << "user interface in the source language for" << locale.name();
        return {};
    }
    if (!installTranslator(app, locale, catalogueBaseName(), catalogueDirectory(), FactoraTranslatorName)) {
        if (!fromSystem)
            return unavailable();
        qCDebug(lcLocalization) << "no catalogue for the system locale" << locale.name() << "- using Spanish";
        installQtTranslations(app, QLocale(sourceLanguage()));
        return {};
    }
    installQtTranslations(app, locale);
    qCDebug(lcLocalization) << "user interface translated for" << locale.name();
    return {};
}

} // namespace factora::core
