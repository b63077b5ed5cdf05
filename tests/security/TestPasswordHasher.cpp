// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "security/PasswordHasher.h"

#include <QTest>

#include <openssl/evp.h>

using namespace factora::core;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashesVerifyAndDiffer()
    {
        const QString password = u"contraseña-larga-1"_qs;
        const auto first = PasswordHasher::hash(password);
        const auto second = PasswordHasher::hash(password);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value() != second.value()); // a fresh salt each time
        QVERIFY(PasswordHasher::verify(password, first.value()));
        QVERIFY(PasswordHasher::verify(password, second.value()));
        QVERIFY(!PasswordHasher::verify(u"contraseña-larga-2"_qs, first.value()));
        QVERIFY(!first.value().contains(password));
        QVERIFY(!PasswordHasher::needsRehash(first.value()));
    }

    void formatIsPbkdf2Sha256WithEnoughIterations()
    {
        const QString stored = PasswordHasher::hash(u"una clave cualquiera"_qs).value();
        const QStringList parts = stored.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], u"pbkdf2-sha256"_qs);
        QVERIFY(parts[1].toInt() >= 600000);
        QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
    }

    void verifiesAgainstAnIndependentComputation()
    {
        // An RFC 8018 PBKDF2 computed here directly must verify: the stored format means what it says.
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        QByteArray expected(32, Qt::Uninitialized);
        QVERIFY(PKCS5_PBKDF2_HMAC("clave-de-prueba", 15, reinterpret_cast<const unsigned char*>(salt.constData()), 16,
                                  1000, EVP_sha256(), 32, reinterpret_cast<unsigned char*>(expected.data())) == 1);
        const QString stored = u"pbkdf2-sha256$1000$%1$%2"_qs.arg(QString::fromLatin1(salt.toBase64()),
                                                                 QString::fromLatin1(expected.toBase64()));
        QVERIFY(PasswordHasher::verify(u"clave-de-prueba"_qs, stored));
        QVERIFY(!PasswordHasher::verify(u"clave-de-prueba!"_qs, stored));
        QVERIFY(PasswordHasher::needsRehash(stored)); // 1000 iterations is too few today
    }

    void malformedStoredHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << u"clave-de-prueba"_qs;
        QTest::newRow("other scheme") << u"md5$1$AAAA$AAAA"_qs;
        QTest::newRow("missing part") << u"pbkdf2-sha256$1000$AAAA"_qs;
        QTest::newRow("bad iterations") << u"pbkdf2-sha256$x$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"_qs;
    }

    void malformedStoredHashesNeverVerify()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify(u"clave-de-prueba"_qs, stored));
        QVERIFY(PasswordHasher::needsRehash(stored));
    }

    void strengthRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("too short") << u"corta"_qs << false;
        QTest::newRow("spaces only") << u"            "_qs << false;
        QTest::newRow("same as user") << u"ejecutivo1"_qs << false;
        QTest::newRow("same as user, case") << u"EJECUTIVO1"_qs << false;
        QTest::newRow("fine") << u"tres palabras largas"_qs << true;
    }

    void strengthRules()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QCOMPARE(PasswordHasher::checkStrength(password, u"ejecutivo1"_qs).ok(), accepted);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
