// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// DispatchTemplates: the Spanish defaults, placeholders, HTML escaping, amount and date formats, the payment link's
// white-label domain, overrides from keys and from a template folder, configuration errors, and the SMS length
// check.
#include "dispatch/DispatchTemplates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using namespace Qt::StringLiterals;

namespace {

DispatchTemplateValues sampleValues()
{
    DispatchTemplateValues values;
    values.debtorName = u"Pérez & Hijos <Ltda>"_s;
    values.debtorRut = u"76354771-K"_s;
    values.folio = 4711;
    values.tipo = 33;
    values.amount = Money::fromPesos(1234567);
    values.dueDate = QDate(2026, 12, 22);
    values.emitterName = u"Comercial Andes SpA"_s;
    values.emitterRut = u"77777777-7"_s;
    return values;
}

Result<Configuration> configurationWith(const QMap<QString, QString>& overrides)
{
    return Configuration::load(QString(), QProcessEnvironment(), overrides);
}

Result<DispatchTemplates> templatesWith(const QMap<QString, QString>& overrides)
{
    const Result<Configuration> configuration = configurationWith(overrides);
    if (!configuration) {
        return configuration.error();
    }
    return DispatchTemplates::fromConfiguration(configuration.value());
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QString expectedLink = u"https://pagos.factora.test/pagar?rut=76354771-K&tipo=33&folio=4711"_s;

} // namespace

class TestDispatchTemplates : public QObject
{
    Q_OBJECT

private slots:
    void defaultMailInSpanish()
    {
        const Result<DispatchTemplates> templates = DispatchTemplates::defaults(u"pagos.factora.test"_s);
        QVERIFY2(templates.ok(), qPrintable(templates.ok() ? QString() : templates.error().message()));
        const DispatchTemplates::RenderedMail mail = templates->renderMail(sampleValues());
        QCOMPARE(mail.subject,
                 u"Factura electrónica N° 4711 de Comercial Andes SpA: $ 1.234.567, vence el 22-12-2026"_s);

        QVERIFY(mail.text.startsWith(u"Estimado(a) Pérez & Hijos <Ltda> (RUT 76354771-K):"_s));
        QVERIFY(mail.text.contains(u"Monto a pagar: $ 1.234.567"_s));
        QVERIFY(mail.text.contains(u"Vencimiento:   22-12-2026"_s));
        QVERIFY(mail.text.contains(u"Pague en línea: "_s + expectedLink));
        QVERIFY(mail.text.contains(u"Caja Vecina de BancoEstado"_s));
        QVERIFY(mail.text.contains(u"indique el RUT 76354771-K y elija la factura N° 4711"_s));
        QVERIFY(!mail.text.contains(u"{{"_s));

        // HTML: the values escaped, the template's own markup kept.
        QVERIFY(mail.html.contains(u"Estimado(a) Pérez &amp; Hijos &lt;Ltda&gt; (RUT 76354771-K):"_s));
        QVERIFY(!mail.html.contains(u"<Ltda>"_s));
        QVERIFY(mail.html.contains(u"<strong>$ 1.234.567</strong>"_s));
        QVERIFY(mail.html.contains(
            u"href=\"https://pagos.factora.test/pagar?rut=76354771-K&amp;tipo=33&amp;folio=4711\""_s));
        QVERIFY(mail.html.contains(u"<strong>Factura electrónica N° 4711</strong>"_s));
        QVERIFY(!mail.html.contains(u"{{"_s));
    }

    void htmlEscapesEveryValue()
    {
        const Result<DispatchTemplates> templates
            = templatesWith({ { u"dispatch/link_domain"_s, u"pagos.factora.test"_s },
                              { u"dispatch/template_html"_s, u"<p>{{deudor}}|{{emisor}}|{{enlace_pago}}</p>"_s } });
        QVERIFY(templates.ok());
        DispatchTemplateValues values = sampleValues();
        values.debtorName = u"<script>alert(\"x\")</script>"_s;
        values.emitterName = u"A & B"_s;
        values.paymentLink = u"https://x.test/?a=1&b=\"2\""_s;
        const DispatchTemplates::RenderedMail mail = templates->renderMail(values);
        QCOMPARE(
            mail.html,
            u"<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;|A &amp; B|"
            u"https://x.test/?a=1&amp;b=&quot;2&quot;</p>"_s);
    }

    void formatsAmounts_data()
    {
        QTest::addColumn<qint64>("pesos");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"$ 0"_s;
        QTest::newRow("three digits") << qint64(999) << u"$ 999"_s;
        QTest::newRow("thousand") << qint64(1000) << u"$ 1.000"_s;
        QTest::newRow("millions") << qint64(1234567) << u"$ 1.234.567"_s;
        QTest::newRow("negative") << qint64(-1234) << u"-$ 1.234"_s;
        QTest::newRow("largest") << std::numeric_limits<qint64>::max() << u"$ 9.223.372.036.854.775.807"_s;
        QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << u"-$ 9.223.372.036.854.775.808"_s;
    }

    void formatsAmounts()
    {
        QFETCH(qint64, pesos);
        QFETCH(QString, text);
        QCOMPARE(DispatchTemplates::formatAmount(Money::fromPesos(pesos)), text);
    }

    void placeholdersWithSpacesAndEveryName()
    {
        QString all;
        for (const QString& name : DispatchTemplates::placeholders()) {
            all += u"[{{ %1 }}]"_s.arg(name);
        }
        const Result<DispatchTemplates> templates = templatesWith(
            { { u"dispatch/link_domain"_s, u"pagos.factora.test/cobros/"_s }, { u"dispatch/template_text"_s, all } });
        QVERIFY2(templates.ok(), qPrintable(templates.ok() ? QString() : templates.error().message()));
        DispatchTemplateValues values = sampleValues();
        values.cajaVecinaInstructions = u"CV"_s;
        values.dueDate = QDate();
        QCOMPARE(templates->renderMail(values).text,
                 u"[Pérez & Hijos <Ltda>][76354771-K][4711][33][Factura electrónica][$ 1.234.567][][Comercial Andes "
                 "SpA][77777777-7][https://pagos.factora.test/cobros/pagar?rut=76354771-K&tipo=33&folio=4711][CV]"_s);
    }

    void paymentLink()
    {
        const Result<DispatchTemplates> templates = DispatchTemplates::defaults(u"pagos.factora.test"_s);
        QVERIFY(templates.ok());
        QCOMPARE(templates->paymentLink(u"76354771-k"_s, 33, 4711), expectedLink);
        QCOMPARE(templates->paymentLink(u"7.635-4 &x"_s, 34, 1),
                 u"https://pagos.factora.test/pagar?rut=7.635-4%20%26X&tipo=34&folio=1"_s);
    }

    void configurationErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("named");

        QTest::newRow("unknown placeholder in subject")
            << u"dispatch/template_subject"_s << u"Hola {{nombre}}"_s
            << QStringList { u"{{nombre}}"_s, u"dispatch/template_subject"_s };
        QTest::newRow("unknown placeholder in SMS")
            << u"dispatch/template_sms"_s << u"Folio {{folio}} de {{ Deudor }}"_s
            << QStringList { u"{{Deudor}}"_s, u"dispatch/template_sms"_s };
        QTest::newRow("unclosed placeholder")
            << u"dispatch/template_text"_s << u"Línea 1\nFolio {{folio"_s
            << QStringList { u"sin cerrar"_s, u"línea 2"_s, u"dispatch/template_text"_s };
        QTest::newRow("placeholder opened twice") << u"dispatch/template_html"_s << u"{{folio {{monto}}"_s
                                                  << QStringList { u"sin cerrar"_s, u"dispatch/template_html"_s };
        QTest::newRow("instructions that contain themselves")
            << u"dispatch/template_caja_vecina"_s << u"Pague: {{instrucciones_caja_vecina}}"_s
            << QStringList { u"dispatch/template_caja_vecina"_s, u"a sí mismas"_s };
        QTest::newRow("two-line subject")
            << u"dispatch/template_subject"_s << u"Factura\n{{folio}}"_s << QStringList { u"una línea"_s };
        QTest::newRow("domain with scheme") << u"dispatch/link_domain"_s << u"https://pagos.factora.test"_s
                                            << QStringList { u"dispatch/link_domain"_s, u"sin https://"_s };
        QTest::newRow("domain with query")
            << u"dispatch/link_domain"_s << u"pagos.factora.test?x=1"_s << QStringList { u"dispatch/link_domain"_s };
        QTest::newRow("domain with space")
            << u"dispatch/link_domain"_s << u"pagos factora.test"_s << QStringList { u"dispatch/link_domain"_s };
        QTest::newRow("no domain while templates expectedLink")
            << u"dispatch/link_domain"_s << QString()
            << QStringList { u"dispatch/link_domain"_s, u"{{enlace_pago}}"_s };
        QTest::newRow("missing template folder")
            << u"dispatch/template_dir"_s << u"/nonexistent/factora-plantillas"_s
            << QStringList { u"dispatch/template_dir"_s, u"/nonexistent/factora-plantillas"_s };
    }

    void configurationErrors()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QStringList, named);
        QMap<QString, QString> overrides { { u"dispatch/link_domain"_s, u"pagos.factora.test"_s } };
        overrides.insert(key, value);
        const Result<DispatchTemplates> templates = templatesWith(overrides);
        QVERIFY(!templates.ok());
        QCOMPARE(templates.error().code(), ErrorCode::Configuration);
        for (const QString& piece : named) {
            QVERIFY2(templates.error().message().contains(piece), qPrintable(templates.error().message()));
        }
    }

    void noDomainNeededWithoutLinks()
    {
        QMap<QString, QString> overrides;
        for (const QString& key :
             { u"dispatch/template_html"_s, u"dispatch/template_text"_s, u"dispatch/template_sms"_s }) {
            overrides.insert(key, u"Factura {{folio}}"_s);
        }
        const Result<DispatchTemplates> templates = templatesWith(overrides);
        QVERIFY2(templates.ok(), qPrintable(templates.ok() ? QString() : templates.error().message()));
        QVERIFY(templates->paymentLink(u"1-9"_s, 33, 1).isEmpty());
    }

    void templateFolderOverridesDefaultsAndKeysOverrideFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"subject.txt"_s),
                          "\xEF\xBB\xBF"
                          "Aviso de cesión: folio {{folio}}\n"));
        QVERIFY(writeFile(dir.filePath(u"sms.txt"_s), "Desde carpeta {{folio}}\n"));
        QVERIFY(writeFile(dir.filePath(u"caja_vecina.txt"_s), "Caja Vecina: RUT {{rut_deudor}}\n"));
        const Result<DispatchTemplates> templates
            = templatesWith({ { u"dispatch/link_domain"_s, u"pagos.factora.test"_s },
                              { u"dispatch/template_dir"_s, dir.path() },
                              { u"dispatch/template_sms"_s, u"Desde la clave {{folio}}"_s } });
        QVERIFY2(templates.ok(), qPrintable(templates.ok() ? QString() : templates.error().message()));
        const DispatchTemplates::RenderedMail mail = templates->renderMail(sampleValues());
        QCOMPARE(mail.subject, u"Aviso de cesión: folio 4711"_s);
        QVERIFY(mail.text.contains(u"Pague en línea: "_s + expectedLink)); // body.txt missing: the built-in one
        QVERIFY(mail.text.contains(u"Caja Vecina: RUT 76354771-K"_s));
        QCOMPARE(templates->renderSms(sampleValues(), 1).value(), u"Desde la clave 4711"_s);
        QCOMPARE(templates->cajaVecinaInstructions(sampleValues()), u"Caja Vecina: RUT 76354771-K"_s);
    }

    void templateFolderErrorsNameTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"body.html"_s), "<p>{{monto}} {{cuota}}</p>"));
        Result<DispatchTemplates> templates = templatesWith(
            { { u"dispatch/link_domain"_s, u"pagos.factora.test"_s }, { u"dispatch/template_dir"_s, dir.path() } });
        QVERIFY(!templates.ok());
        QVERIFY2(templates.error().message().contains(dir.filePath(u"body.html"_s)),
                 qPrintable(templates.error().message()));
        QVERIFY2(templates.error().message().contains(u"{{cuota}}"_s), qPrintable(templates.error().message()));

        QVERIFY(writeFile(dir.filePath(u"body.html"_s), "<p>Pag\xE1 {{monto}}</p>")); // ISO-8859-1, not UTF-8
        templates = templatesWith(
            { { u"dispatch/link_domain"_s, u"pagos.factora.test"_s }, { u"dispatch/template_dir"_s, dir.path() } });
        QVERIFY(!templates.ok());
        QVERIFY2(templates.error().message().contains(u"UTF-8"_s), qPrintable(templates.error().message()));
    }

    void smsLengthIsChecked()
    {
        const Result<DispatchTemplates> templates = DispatchTemplates::defaults(u"pagos.factora.test"_s);
        QVERIFY(templates.ok());
        const Result<QString> sms = templates->renderSms(sampleValues(), 2);
        QVERIFY2(sms.ok(), qPrintable(sms.ok() ? QString() : sms.error().message()));
        QCOMPARE(sms.value(),
                 u"Factura 4711 por $ 1.234.567 vence el 22-12-2026. Pague en "_s + expectedLink
                     + u" o en Caja Vecina con el RUT 76354771-K."_s);

        const Result<QString> oneSegment = templates->renderSms(sampleValues(), 1);
        QVERIFY(!oneSegment.ok());
        QCOMPARE(oneSegment.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(oneSegment.error().message().contains(u"GSM-7 (2 segmentos)"_s),
                 qPrintable(oneSegment.error().message()));
        QVERIFY2(oneSegment.error().message().contains(u"sms/max_segments"_s),
                 qPrintable(oneSegment.error().message()));

        // An accent outside GSM-7 turns the whole text into UCS-2: 70 characters per segment.
        const Result<DispatchTemplates> accented
            = templatesWith({ { u"dispatch/template_sms"_s,
                                u"Señor {{deudor}}, su factura {{folio}} vence pronto. Pagará en línea."_s },
                              { u"dispatch/link_domain"_s, u"pagos.factora.test"_s } });
        QVERIFY(accented.ok());
        const Result<QString> ucs2 = accented->renderSms(sampleValues(), 1);
        QVERIFY(!ucs2.ok());
        QVERIFY2(ucs2.error().message().contains(u"UCS-2"_s), qPrintable(ucs2.error().message()));
        QVERIFY(accented->renderSms(sampleValues(), 2).ok());
    }
};

QTEST_GUILESS_MAIN(TestDispatchTemplates)
#include "TestDispatchTemplates.moc"
