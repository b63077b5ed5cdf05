// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "common/Configuration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using factora::core::Configuration;
using factora::core::ConfigurationKey;
using factora::core::ErrorCode;

namespace {

const QString busyTimeout = u"database/busy_timeout_ms"_s;
const QString busyTimeoutVariable = u"FACTORA_DATABASE_BUSY_TIMEOUT_MS"_s;

/** Writes @p content to @p dir/@p name and returns the file's path. */
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

class TestConfiguration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registry_data();
    void registry();
    void defaultsWithoutAnyFile();
    void fileValuesAreRead();
    void keysOutsideASectionBelongToGeneral();
    void listValuesAreJoined();
    void precedence_data();
    void precedence();
    void unknownSharedKeyIsRefused();
    void emptyEnvironmentValueStillOverrides();
    void unknownKeyInFile_data();
    void unknownKeyInFile();
    void unknownKeyOnCommandLine();
    void unrelatedEnvironmentIsIgnored();
    void badIntegers_data();
    void badIntegers();
    void missingExplicitFile();
    void explicitDirectoryIsRefused();
    void malformedFile();
    void factoraConfigNamesTheFile();
    void explicitFileWinsOverFactoraConfig();
    void missingFactoraConfigFile();
    void userFileIsFound();
    void passwordInDatabaseUrlIsRefused_data();
    void passwordInDatabaseUrlIsRefused();
    void everyKeyIsDocumented();

private:
    QString m_userFile;
};

void TestConfiguration::initTestCase()
{
    // Standard locations under ~/.qttest, so no real user configuration is read or written.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Factora"_s);
    QCoreApplication::setApplicationName(u"factora-test"_s);
    m_userFile = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/factora/factora.conf"_s;
    QCOMPARE(Configuration::defaultFileLocations().value(0), m_userFile);
#ifdef Q_OS_UNIX
    QCOMPARE(Configuration::defaultFileLocations().value(1), u"/etc/factora/factora.conf"_s);
#endif
    if (QFileInfo::exists(m_userFile)) {
        qWarning("Removing %s, left over from an interrupted run", qPrintable(m_userFile));
        QVERIFY(QFile::remove(m_userFile));
    }
}

void TestConfiguration::registry_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<bool>("integer");

    QTest::newRow("busy timeout") << busyTimeout << busyTimeoutVariable << u"5000"_s << true;
    QTest::newRow("lockout threshold") << u"security/lockout_threshold"_s << u"FACTORA_SECURITY_LOCKOUT_THRESHOLD"_s
                                       << u"5"_s << true;
    QTest::newRow("lockout minutes") << u"security/lockout_minutes"_s << u"FACTORA_SECURITY_LOCKOUT_MINUTES"_s
                                     << u"15"_s << true;
    QTest::newRow("idle minutes") << u"security/session_idle_minutes"_s << u"FACTORA_SECURITY_SESSION_IDLE_MINUTES"_s
                                  << u"15"_s << true;
    QTest::newRow("language") << u"general/language"_s << u"FACTORA_LANGUAGE"_s << u"es_CL"_s << false;
    QTest::newRow("log rules") << u"log/rules"_s << u"FACTORA_LOG_RULES"_s << QString() << false;
    QTest::newRow("server certificate") << u"server/signing_certificate"_s << u"FACTORA_SERVER_SIGNING_CERTIFICATE"_s
                                        << QString() << false;
    QTest::newRow("server passphrase file") << u"server/signing_passphrase_file"_s
                                            << u"FACTORA_SERVER_SIGNING_PASSPHRASE_FILE"_s << QString() << false;
    const QString url
        = u"sqlite://"_s + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/factora.db"_s;
    QTest::newRow("database url") << u"database/url"_s << u"FACTORA_DATABASE_URL"_s << url << false;
}

void TestConfiguration::registry()
{
    QFETCH(QString, name);
    QFETCH(QString, variable);
    QFETCH(QString, defaultValue);
    QFETCH(bool, integer);

    const ConfigurationKey* key = Configuration::findKey(name);
    QVERIFY(key);
    QCOMPARE(key->name(), name);
    QCOMPARE(key->environmentVariable(), variable);
    QCOMPARE(key->defaultValue(), defaultValue);
    QCOMPARE(key->type() == ConfigurationKey::Type::Integer, integer);
    QVERIFY(!key->description().isEmpty());
    QCOMPARE(Configuration::keys().size(), 97);
}

void TestConfiguration::defaultsWithoutAnyFile()
{
    for (const QString& location : Configuration::defaultFileLocations()) {
        if (QFileInfo::exists(location)) {
            QSKIP(qPrintable(u"a configuration file exists at "_s + location));
        }
    }
    const auto loaded = Configuration::load(QString(), QProcessEnvironment(), {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    QVERIFY(loaded->filePath().isEmpty());
    for (const ConfigurationKey& key : Configuration::keys()) {
        QCOMPARE(loaded->value(key.name()), key.defaultValue());
        QCOMPARE(loaded->sourceOf(key.name()), u"default"_s);
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(dataDir.startsWith(u'/') || dataDir.at(1) == u':');
    QCOMPARE(loaded->value(u"database/url"_s), u"sqlite://"_s + QUrl::fromLocalFile(dataDir).path() + u"/factora.db"_s);
    QVERIFY(loaded->value(u"database/url"_s).startsWith(u"sqlite:///"_s));
    QCOMPARE(loaded->intValue(busyTimeout).value(), 5000);
    QCOMPARE(loaded->intValue(u"security/lockout_threshold"_s).value(), 5);
    QCOMPARE(loaded->intValue(u"security/lockout_minutes"_s).value(), 15);
    QCOMPARE(loaded->intValue(u"security/session_idle_minutes"_s).value(), 15);
    QCOMPARE(loaded->value(u"general/language"_s), u"es_CL"_s);
    QCOMPARE(loaded->value(u"log/rules"_s), QString());
}

void TestConfiguration::fileValuesAreRead()
{
    // The foundation's keys with hand-picked values; every other registered key gets a value of its own kind
    // (the maximum of an integer key, a text naming the key), so a key the loader skips cannot go unnoticed.
    const QMap<QString, QString> chosen {
        { u"database/url"_s, u"postgresql://factora@db.example:5432/factora"_s },
        { u"database/busy_timeout_ms"_s, u"250"_s },
        { u"security/lockout_threshold"_s, u"3"_s },
        { u"security/lockout_minutes"_s, u"30"_s },
        { u"security/session_idle_minutes"_s, u"5"_s },
        { u"general/language"_s, u"en"_s },
        { u"log/rules"_s, u"\"factora.core.sql.debug=true;factora.core.security.debug=true\""_s },
        { u"server/signing_certificate"_s, u"/etc/factora/firma.p12"_s },
        { u"server/signing_passphrase_file"_s, u"/etc/factora/firma.clave"_s },
    };
    QMap<QString, QString> expected;
    QMap<QString, QStringList> sections;
    for (const ConfigurationKey& key : Configuration::keys()) {
        QString value = chosen.value(key.name());
        if (value.isEmpty())
            value = key.type() == ConfigurationKey::Type::Integer ? QString::number(key.maximum())
                                                                  : u"/srv/factora/"_s + key.name();
        const qsizetype slash = key.name().indexOf(u'/');
        sections[key.name().left(slash)] << key.name().mid(slash + 1) + u" = "_s + value;
        expected.insert(key.name(), value.startsWith(u'"') ? value.mid(1, value.size() - 2) : value);
    }
    QByteArray content = "; comment\n";
    for (auto section = sections.cbegin(); section != sections.cend(); ++section)
        content += (u"["_s + section.key() + u"]\n"_s + section.value().join(u'\n') + u"\n"_s).toUtf8();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, u"factora.conf"_s, content);
    const auto loaded = Configuration::load(path, QProcessEnvironment(), {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    QCOMPARE(loaded->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(loaded->value(u"database/url"_s), u"postgresql://factora@db.example:5432/factora"_s);
    QCOMPARE(loaded->intValue(busyTimeout).value(), 250);
    QCOMPARE(loaded->intValue(u"security/lockout_threshold"_s).value(), 3);
    QCOMPARE(loaded->value(u"log/rules"_s), u"factora.core.sql.debug=true;factora.core.security.debug=true"_s);
    for (const ConfigurationKey& key : Configuration::keys()) {
        QCOMPARE(loaded->value(key.name()), expected.value(key.name()));
        QCOMPARE(loaded->sourceOf(key.name()), u"file"_s);
    }
}

void TestConfiguration::keysOutsideASectionBelongToGeneral()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"top.conf"_s, "language = en\n[log]\nrules = x.debug=true\n");
    const auto loaded = Configuration::load(path, QProcessEnvironment(), {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    QCOMPARE(loaded->value(u"general/language"_s), u"en"_s);
    QCOMPARE(loaded->sourceOf(u"general/language"_s), u"file"_s);
    QCOMPARE(loaded->value(u"log/rules"_s), u"x.debug=true"_s);
}

void TestConfiguration::listValuesAreJoined()
{
    // QSettings reads an unquoted value with commas as a list; the text comes back joined by commas.
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"list.conf"_s, "[log]\nrules = a.debug=true, b.debug=false\n");
    const auto loaded = Configuration::load(path, QProcessEnvironment(), {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    QCOMPARE(loaded->value(u"log/rules"_s), u"a.debug=true,b.debug=false"_s);
}

void TestConfiguration::precedence_data()
{
    QTest::addColumn<bool>("inFile");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<bool>("inEnvironment");
    QTest::addColumn<bool>("onCommandLine");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("source");

    // The file says 1000, the environment 2000, the command line 3000, the administration's shared value 4000.
    QTest::newRow("none") << false << false << false << false << 5000 << u"default"_s;
    QTest::newRow("file") << true << false << false << false << 1000 << u"file"_s;
    QTest::newRow("environment") << false << false << true << false << 2000 << u"environment"_s;
    QTest::newRow("command line") << false << false << false << true << 3000 << u"command line"_s;
    QTest::newRow("shared") << false << true << false << false << 4000 << u"shared settings"_s;
    QTest::newRow("environment over file") << true << false << true << false << 2000 << u"environment"_s;
    QTest::newRow("command line over file") << true << false << false << true << 3000 << u"command line"_s;
    QTest::newRow("command line over environment") << false << false << true << true << 3000 << u"command line"_s;
    QTest::newRow("command line over all") << true << true << true << true << 3000 << u"command line"_s;
    QTest::newRow("shared over file") << true << true << false << false << 4000 << u"shared settings"_s;
    QTest::newRow("environment over shared") << true << true << true << false << 2000 << u"environment"_s;
    QTest::newRow("command line over shared") << false << true << false << true << 3000 << u"command line"_s;
}

void TestConfiguration::precedence()
{
    QFETCH(bool, inFile);
    QFETCH(bool, shared);
    QFETCH(bool, inEnvironment);
    QFETCH(bool, onCommandLine);
    QFETCH(int, expected);
    QFETCH(QString, source);

    QTemporaryDir dir;
    const QString path = writeFile(dir, u"factora.conf"_s,
                                   inFile ? QByteArray("[database]\nbusy_timeout_ms=1000\n[general]\nlanguage=en\n")
                                          : QByteArray("[general]\nlanguage=en\n"));
    QProcessEnvironment environment;
    if (inEnvironment) {
        environment.insert(busyTimeoutVariable, u"2000"_s);
    }
    QMap<QString, QString> overrides;
    if (onCommandLine) {
        overrides.insert(busyTimeout, u"3000"_s);
    }
    auto loaded = Configuration::load(path, environment, overrides);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    if (shared) {
        const auto applied = loaded->applyShared({{busyTimeout, u"4000"_s}});
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message()));
    }
    QCOMPARE(loaded->intValue(busyTimeout).value(), expected);
    QCOMPARE(loaded->value(busyTimeout), QString::number(expected));
    QCOMPARE(loaded->sourceOf(busyTimeout), source);
    // Other keys keep their own sources.
    QCOMPARE(loaded->sourceOf(u"general/language"_s), u"file"_s);
    QCOMPARE(loaded->sourceOf(u"security/lockout_minutes"_s), u"default"_s);
}

void TestConfiguration::unknownSharedKeyIsRefused()
{
    auto loaded = Configuration::load(QString(), QProcessEnvironment(), {});
    QVERIFY(loaded.ok());
    const auto applied = loaded->applyShared({{busyTimeout, u"4000"_s}, {u"nope/missing"_s, u"1"_s}});
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message().contains(u"nope/missing"_s), qPrintable(applied.error().message()));
    // Nothing was applied, not even the registered key.
    QCOMPARE(loaded->sourceOf(busyTimeout), u"default"_s);
}

void TestConfiguration::emptyEnvironmentValueStillOverrides()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"factora.conf"_s, "[log]\nrules=x.debug=true\n");
    QProcessEnvironment environment;
    environment.insert(u"FACTORA_LOG_RULES"_s, QString());
    const auto loaded = Configuration::load(path, environment, {});
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->value(u"log/rules"_s), QString());
    QCOMPARE(loaded->sourceOf(u"log/rules"_s), u"environment"_s);
}

void TestConfiguration::unknownKeyInFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");

    QTest::newRow("misspelt key") << QByteArray("[database]\nulr=sqlite:///x.db\n") << u"database/ulr"_s;
    QTest::newRow("misspelt section") << QByteArray("[databse]\nurl=sqlite:///x.db\n") << u"databse/url"_s;
    QTest::newRow("wrong case") << QByteArray("[Database]\nurl=sqlite:///x.db\n") << u"Database/url"_s;
    QTest::newRow("outside a section") << QByteArray("url=sqlite:///x.db\n") << u"general/url"_s;
    QTest::newRow("after valid keys") << QByteArray("[security]\nlockout_minutes=3\nlockout_minute=3\n")
                                      << u"security/lockout_minute"_s;
}

void TestConfiguration::unknownKeyInFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);

    QTemporaryDir dir;
    const QString path = writeFile(dir, u"typo.conf"_s, content);
    const auto loaded = Configuration::load(path, QProcessEnvironment(), {});
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Configuration);
    const QString message = loaded.error().message();
    QVERIFY2(message.contains(u"desconocida «"_s + key + u"»"_s), qPrintable(message));
    QVERIFY2(message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(message));
}

void TestConfiguration::unknownKeyOnCommandLine()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"empty.conf"_s, "");
    const auto loaded
        = Configuration::load(path, QProcessEnvironment(), { { u"security/lockout_treshold"_s, u"3"_s } });
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Configuration);
    QVERIFY2(loaded.error().message().contains(u"«security/lockout_treshold» en la línea de comandos"_s),
             qPrintable(loaded.error().message()));
}

void TestConfiguration::unrelatedEnvironmentIsIgnored()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"empty.conf"_s, "");
    QProcessEnvironment environment;
    environment.insert(u"FACTORA_DATABASE_PASSWORD"_s, u"s3cret"_s);
    environment.insert(u"FACTORA_SOMETHING_ELSE"_s, u"x"_s);
    environment.insert(u"database/url"_s, u"sqlite:///wrong.db"_s);
    const auto loaded = Configuration::load(path, environment, {});
    QVERIFY(loaded.ok());
    for (const ConfigurationKey& key : Configuration::keys()) {
        QCOMPARE(loaded->sourceOf(key.name()), u"default"_s);
        QVERIFY(!loaded->value(key.name()).contains(u"s3cret"_s));
    }
}

void TestConfiguration::badIntegers_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    const QString notInteger = u"debe ser un número entero"_s;
    const QString outOfRange = u"fuera del rango permitido de 0 a 600000"_s;
    QTest::newRow("letters in file") << u"file"_s << u"abc"_s << notInteger;
    QTest::newRow("unit in environment") << u"environment"_s << u"5000ms"_s << notInteger;
    QTest::newRow("decimal on command line") << u"command line"_s << u"2.5"_s << notInteger;
    QTest::newRow("empty in environment") << u"environment"_s << QString() << notInteger;
    QTest::newRow("beyond int in file") << u"file"_s << u"99999999999"_s << notInteger;
    QTest::newRow("negative in file") << u"file"_s << u"-1"_s << outOfRange;
    QTest::newRow("too large on command line") << u"command line"_s << u"600001"_s << outOfRange;
}

void TestConfiguration::badIntegers()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    QProcessEnvironment environment;
    QMap<QString, QString> overrides;
    QString path;
    QString where;
    if (source == u"file"_s) {
        path = writeFile(dir, u"bad.conf"_s, "[database]\nbusy_timeout_ms=" + text.toUtf8() + "\n");
        where = u"el archivo «"_s + QFileInfo(path).absoluteFilePath() + u"»"_s;
    } else {
        path = writeFile(dir, u"empty.conf"_s, "");
        if (source == u"environment"_s) {
            environment.insert(busyTimeoutVariable, text);
            where = u"la variable de entorno "_s + busyTimeoutVariable;
        } else {
            overrides.insert(busyTimeout, text);
            where = u"la línea de comandos"_s;
        }
    }
    const auto loaded = Configuration::load(path, environment, overrides);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    QCOMPARE(loaded->sourceOf(busyTimeout), source);
    const auto number = loaded->intValue(busyTimeout);
    QVERIFY(!number.ok());
    QCOMPARE(number.error().code(), ErrorCode::Configuration);
    const QString message = number.error().message();
    QVERIFY2(message.contains(u"«"_s + busyTimeout + u"»"_s), qPrintable(message));
    QVERIFY2(message.contains(where), qPrintable(message));
    QVERIFY2(message.contains(text), qPrintable(message));
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestConfiguration::missingExplicitFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nowhere.conf"_s);
    const auto loaded = Configuration::load(path, QProcessEnvironment(), {});
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Configuration);
    QVERIFY2(loaded.error().message().contains(u"«"_s + path + u"»"_s), qPrintable(loaded.error().message()));
    QVERIFY2(loaded.error().message().contains(u"no existe"_s), qPrintable(loaded.error().message()));
    QVERIFY2(loaded.error().message().contains(u"--config"_s), qPrintable(loaded.error().message()));
}

void TestConfiguration::explicitDirectoryIsRefused()
{
    QTemporaryDir dir;
    const auto loaded = Configuration::load(dir.path(), QProcessEnvironment(), {});
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Configuration);
    QVERIFY2(loaded.error().message().contains(dir.path()), qPrintable(loaded.error().message()));
}

void TestConfiguration::malformedFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"broken.conf"_s, "[database\nurl=sqlite:///x.db\n");
    const auto loaded = Configuration::load(path, QProcessEnvironment(), {});
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Configuration);
    QVERIFY2(loaded.error().message().contains(QFileInfo(path).absoluteFilePath()),
             qPrintable(loaded.error().message()));
    QVERIFY2(loaded.error().message().contains(u"no es un INI válido"_s), qPrintable(loaded.error().message()));
}

void TestConfiguration::factoraConfigNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"from-env.conf"_s, "[general]\nlanguage=en\n");
    QProcessEnvironment environment;
    environment.insert(u"FACTORA_CONFIG"_s, path);
    const auto loaded = Configuration::load(QString(), environment, {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    QCOMPARE(loaded->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(loaded->value(u"general/language"_s), u"en"_s);
    QCOMPARE(loaded->sourceOf(u"general/language"_s), u"file"_s);
}

void TestConfiguration::explicitFileWinsOverFactoraConfig()
{
    QTemporaryDir dir;
    const QString fromEnvironment = writeFile(dir, u"from-env.conf"_s, "[general]\nlanguage=en\n");
    const QString explicitFile = writeFile(dir, u"explicit.conf"_s, "[general]\nlanguage=es_CL\n");
    QProcessEnvironment environment;
    environment.insert(u"FACTORA_CONFIG"_s, fromEnvironment);
    const auto loaded = Configuration::load(explicitFile, environment, {});
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->filePath(), QFileInfo(explicitFile).absoluteFilePath());
    QCOMPARE(loaded->value(u"general/language"_s), u"es_CL"_s);
}

void TestConfiguration::missingFactoraConfigFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.conf"_s);
    QProcessEnvironment environment;
    environment.insert(u"FACTORA_CONFIG"_s, path);
    const auto loaded = Configuration::load(QString(), environment, {});
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Configuration);
    QVERIFY2(loaded.error().message().contains(u"«"_s + path + u"»"_s), qPrintable(loaded.error().message()));
    QVERIFY2(loaded.error().message().contains(u"FACTORA_CONFIG"_s), qPrintable(loaded.error().message()));
}

void TestConfiguration::userFileIsFound()
{
    // The user's file (under ~/.qttest in test mode) is read when neither --config nor FACTORA_CONFIG names one.
    QVERIFY(QDir().mkpath(QFileInfo(m_userFile).path()));
    {
        QFile file(m_userFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[security]\nlockout_minutes=45\n");
    }
    const auto cleanup = qScopeGuard([this] { QFile::remove(m_userFile); });

    const auto loaded = Configuration::load(QString(), QProcessEnvironment(), {});
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    QCOMPARE(loaded->filePath(), m_userFile);
    QCOMPARE(loaded->intValue(u"security/lockout_minutes"_s).value(), 45);
    QCOMPARE(loaded->sourceOf(u"security/lockout_minutes"_s), u"file"_s);

    QTemporaryDir dir;
    const QString other = writeFile(dir, u"other.conf"_s, "");
    QProcessEnvironment environment;
    environment.insert(u"FACTORA_CONFIG"_s, other);
    const auto named = Configuration::load(QString(), environment, {});
    QVERIFY(named.ok());
    QCOMPARE(named->filePath(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(named->intValue(u"security/lockout_minutes"_s).value(), 15);
}

void TestConfiguration::passwordInDatabaseUrlIsRefused_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("file") << u"file"_s;
    QTest::newRow("environment") << u"environment"_s;
    QTest::newRow("command line") << u"command line"_s;
}

void TestConfiguration::passwordInDatabaseUrlIsRefused()
{
    QFETCH(QString, source);
    const QString url = u"postgresql://factora:s3cret@db.example/factora"_s;
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"factora.conf"_s,
                                   source == u"file"_s ? "[database]\nurl=" + url.toUtf8() + "\n" : QByteArray());
    QProcessEnvironment environment;
    QMap<QString, QString> overrides;
    if (source == u"environment"_s) {
        environment.insert(u"FACTORA_DATABASE_URL"_s, url);
    } else if (source == u"command line"_s) {
        overrides.insert(u"database/url"_s, url);
    }
    const auto loaded = Configuration::load(path, environment, overrides);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Configuration);
    QVERIFY2(loaded.error().message().contains(u"FACTORA_DATABASE_PASSWORD"_s), qPrintable(loaded.error().message()));
    QVERIFY2(!loaded.error().message().contains(u"s3cret"_s), "the error repeats the password");
}

void TestConfiguration::everyKeyIsDocumented()
{
    const QString dataDir = qEnvironmentVariable("FACTORA_TEST_DATA_DIR");
    QVERIFY2(!dataDir.isEmpty(), "FACTORA_TEST_DATA_DIR is not set");
    QFile docs(dataDir + u"/../../docs/configuration.md"_s);
    QVERIFY2(docs.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(docs.fileName()));
    const QStringList lines = QString::fromUtf8(docs.readAll()).split(u'\n');

    for (const ConfigurationKey& key : Configuration::keys()) {
        // A table row: | `name` | `VARIABLE` | `default` | meaning |
        const QString namePrefix = u"| `"_s + key.name() + u"` |"_s;
        QStringList rows;
        for (const QString& line : lines) {
            if (line.startsWith(namePrefix)) {
                rows.append(line);
            }
        }
        QVERIFY2(rows.size() == 1, qPrintable(u"docs/configuration.md needs one table row for "_s + key.name()));
        const QStringList cells = rows.first().split(u'|');
        QVERIFY2(cells.size() >= 6, qPrintable(rows.first()));
        QCOMPARE(cells.at(2).trimmed(), u"`"_s + key.environmentVariable() + u"`"_s);
        const QString documentedDefault
            = key.documentedDefault().isEmpty() ? u"(empty)"_s : u"`"_s + key.documentedDefault() + u"`"_s;
        QCOMPARE(cells.at(3).trimmed(), documentedDefault);
        QVERIFY2(!cells.at(4).trimmed().isEmpty(), qPrintable(key.name() + u" has no meaning in the docs"_s));
    }
}

QTEST_GUILESS_MAIN(TestConfiguration)
#include "TestConfiguration.moc"
