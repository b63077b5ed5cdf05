// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// KeychainSecretStore on a machine whose session bus cannot be reached: every call is Unavailable, never
// NotFound, so callers can tell "no keychain" from "no such secret". ctest points DBUS_SESSION_BUS_ADDRESS at a
// socket that does not exist.
#include "secrets/KeychainSecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using factora::core::ErrorCode;
using factora::core::KeychainSecretStore;

class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeIsUnavailable();
    void readIsUnavailable();
    void writeIsUnavailable();
    void removeIsUnavailable();
};

void TestSecretStoreNoKeychain::initTestCase()
{
    if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"factora-no-bus"_s))
        QFAIL("run through ctest, which sets DBUS_SESSION_BUS_ADDRESS to a socket that does not exist");
}

void TestSecretStoreNoKeychain::probeIsUnavailable()
{
    const KeychainSecretStore store;
    const auto probed = store.probe();
    QVERIFY(!probed.ok());
    QCOMPARE(probed.error().code(), ErrorCode::Unavailable);
}

void TestSecretStoreNoKeychain::readIsUnavailable()
{
    const KeychainSecretStore store;
    const auto read = store.read(u"database/password"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::Unavailable);
    QVERIFY2(read.error().message().contains(u"database/password"_s), qPrintable(read.error().message()));
}

void TestSecretStoreNoKeychain::writeIsUnavailable()
{
    KeychainSecretStore store;
    const auto written = store.write(u"database/password"_s, "s3cr3t"_ba);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::Unavailable);
    QVERIFY(!written.error().message().contains(u"s3cr3t"_s));
}

void TestSecretStoreNoKeychain::removeIsUnavailable()
{
    KeychainSecretStore store;
    const auto removed = store.remove(u"database/password"_s);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::Unavailable);
}

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "TestSecretStoreNoKeychain.moc"
