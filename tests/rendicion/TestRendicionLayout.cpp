// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "rendicion/RendicionFieldCodec.h"
#include "rendicion/RendicionLayout.h"

#include <QFile>
#include <QTest>

using namespace factora::core;

/** @brief The layout file format and the bank's field notation, rule by rule. */
class TestRendicionLayout : public QObject
{
    Q_OBJECT

private:
    // A valid layout; @p replace swaps one of its lines (1-based) for @p with ("" removes nothing, appends).
    static QByteArray layout(int replace = 0, const QByteArray& with = {})
    {
        QList<QByteArray> lines { "name prueba", // 1
                                  "record-length 20", // 2
                                  "encoding latin1", // 3
                                  "file-name r_{channel}_{date:AAAAMMDD}.txt", // 4
                                  "header 1", // 5
                                  "  record_type Num 1 0*", // 6
                                  "  accounting_date Fecha AAAAMMDD", // 7
                                  "  channel Char 2 *_", // 8
                                  "  filler Alfa * _", // 9
                                  "detail 2", // 10
                                  "  record_type Num 1 0*", // 11
                                  "  transaction Alfa 8 *_", // 12
                                  "  invoice Num 5 0*", // 13
                                  "  amount Num 6 0*" }; // 14
        if (replace > 0)
            lines[replace - 1] = with;
        else if (!with.isEmpty())
            lines.append(with);
        return lines.join('\n') + '\n';
    }

    static RendicionField field(RendicionField::Type type, const QString& notation, int length)
    {
        RendicionField f;
        f.datum = QStringLiteral("amount");
        f.type = type;
        f.length = length;
        f.notation = notation;
        if (type == RendicionField::Type::Fecha || type == RendicionField::Type::Hhmmss) {
            f.mask = notation;
            f.length = int(notation.size());
        } else {
            f.fill = notation.startsWith(u'0') ? u'0' : u' ';
            f.alignRight = notation.endsWith(u'*');
        }
        return f;
    }

private slots:
    void defaultLayoutIsProductDefault()
    {
        const RendicionLayout& layout = RendicionLayout::defaultLayout();
        QCOMPARE(layout.name(), QStringLiteral("factora-default"));
        QCOMPARE(layout.recordLength(), 120);
        QCOMPARE(layout.encoding().name(), QStringLiteral("latin1"));
        QCOMPARE(layout.lineEnding(), QByteArray("\r\n"));
        QVERIFY(!layout.writesControl());
        QVERIFY(layout.control().has_value());
        QStringList header;
        for (const RendicionField& f : layout.header().fields)
            header << QStringLiteral("%1:%2:%3").arg(f.datum).arg(f.length).arg(f.notation);
        QCOMPARE(header,
                 QStringList({ u"record_type:1:0*"_qs, u"company_rut:9:0*"_qs, u"company_dv:1:*_"_qs,
                               u"convenio:10:0*"_qs, u"channel:2:*_"_qs, u"accounting_date:8:AAAAMMDD"_qs,
                               u"record_count:7:0*"_qs, u"total_amount:13:0*"_qs, u"filler:69:_"_qs }));
        QStringList detail;
        for (const RendicionField& f : layout.detail().fields)
            detail << QStringLiteral("%1@%2:%3:%4").arg(f.datum).arg(f.offset).arg(f.length).arg(f.notation);
        QCOMPARE(
            detail,
            QStringList({ u"record_type@0:1:0*"_qs, u"accounting_date@1:8:AAAAMMDD"_qs, u"payment_date@9:8:AAAAMMDD"_qs,
                          u"payment_time@17:6:HHMMSS"_qs, u"debtor_rut@23:9:0*"_qs, u"debtor_dv@32:1:*_"_qs,
                          u"transaction@33:40:*_"_qs, u"invoice@73:10:0*"_qs, u"cuota@83:2:0*"_qs,
                          u"amount@85:13:0*"_qs, u"channel@98:2:*_"_qs, u"branch@100:10:*_"_qs,
                          u"payment_means@110:2:*_"_qs, u"filler@112:8:_"_qs }));
        QCOMPARE(layout.fileName(QDate(2026, 11, 20), u"CV"_qs, u"1"_qs), u"rendicion_CV_20261120.txt"_qs);
    }

    void parsesValidVariants_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("check");
        QTest::newRow("base") << layout() << u"detail.amount:14:6:0*"_qs;
        QTest::newRow("right spaces") << layout(14, "  amount Num 6 _*") << u"detail.amount:14:6:_*"_qs;
        QTest::newRow("left") << layout(14, "  amount Num 6 *_") << u"detail.amount:14:6:*_"_qs;
        QTest::newRow("zero filler") << layout(9, "  filler Num * 0") << u"header.filler:11:9:0"_qs;
        QTest::newRow("date mask with separators")
            << layout(7, "  accounting_date Fecha DD/MM/AA") << u"header.accounting_date:1:8:DD/MM/AA"_qs;
        QTest::newRow("const") << layout(12, "  const:ABCD Alfa 8 *_") << u"detail.const:1:8:*_"_qs;
        QTest::newRow("windows-1252") << layout(3, "encoding windows-1252") << u"encoding:windows-1252"_qs;
        QTest::newRow("utf-8 lf") << layout(3, "encoding UTF-8\nline-ending lf") << u"encoding:utf-8"_qs;
        QTest::newRow("comment and blank") << "# comentario\n\n" + layout() << u"detail.amount:14:6:0*"_qs;
        QTest::newRow("control written") << layout(1, "name prueba\ncontrol-record yes")
                                                .replace("  amount Num 6 0*",
                                                         "  amount Num 6 0*\ncontrol 9\n  record_type Num 1 0*\n"
                                                         "  record_count Num 7 0*\n  filler Alfa * _")
                                         << u"control.record_count:1:7:0*"_qs;
    }

    void parsesValidVariants()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, check);
        auto parsed = RendicionLayout::parse(text, u"prueba.layout"_qs);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
        if (check.startsWith(u"encoding:")) {
            QCOMPARE(parsed->encoding().name(), check.mid(9));
            return;
        }
        const QStringList parts = check.split(u':');
        const QStringList where = parts[0].split(u'.');
        const RendicionRecordLayout& record = where[0] == u"header" ? parsed->header()
            : where[0] == u"detail"                                 ? parsed->detail()
                                                                    : *parsed->control();
        const RendicionField* f = record.field(where[1]);
        QVERIFY(f);
        QCOMPARE(QString::number(f->offset), parts[1]);
        QCOMPARE(QString::number(f->length), parts[2]);
        QCOMPARE(f->notation, parts[3]);
        if (where[0] == u"control")
            QVERIFY(parsed->writesControl());
    }

    void refusesErrorsNamingLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown directive") << layout(1, "nombre prueba") << u"línea 1: «nombre» no es una directiva"_qs;
        QTest::newRow("record length") << layout(2, "record-length veinte") << u"línea 2: el largo de registro"_qs;
        QTest::newRow("encoding") << layout(3, "encoding ebcdic") << u"línea 3: codificación desconocida «ebcdic»"_qs;
        QTest::newRow("line ending") << layout(3, "line-ending cr") << u"línea 3: fin de línea «cr» desconocido"_qs;
        QTest::newRow("file name slash") << layout(4, "file-name ../r.txt") << u"línea 4: nombre de archivo"_qs;
        QTest::newRow("file name mask") << layout(4, "file-name r_{date:AAAAXX}.txt")
                                        << u"línea 4: máscara de fecha «AAAAXX»"_qs;
        QTest::newRow("repeated directive") << layout(1, "encoding latin1") << u"línea 3: «encoding» está repetido"_qs;
        QTest::newRow("directive after record")
            << layout(0, "encoding latin1") << u"línea 15: «encoding» debe ir antes"_qs;
        QTest::newRow("unknown datum") << layout(13, "  factura Num 5 0*")
                                       << u"línea 13: dato desconocido «factura»"_qs;
        QTest::newRow("datum of another record")
            << layout(8, "  payment_means Alfa 2 *_")
            << u"línea 8: el dato «payment_means» no existe en un registro de header"_qs;
        QTest::newRow("unknown type") << layout(12, "  transaction Texto 8 *_")
                                      << u"línea 12: tipo desconocido «Texto»"_qs;
        QTest::newRow("unknown notation")
            << layout(14, "  amount Num 6 *0") << u"línea 14: notación «*0» desconocida"_qs;
        QTest::newRow("zero fill on Alfa") << layout(12, "  transaction Alfa 8 0*")
                                           << u"línea 12: el relleno con ceros (0*) es solo para campos Num"_qs;
        QTest::newRow("missing notation") << layout(14, "  amount Num 6") << u"línea 14: falta la notación"_qs;
        QTest::newRow("bad width") << layout(14, "  amount Num 0 0*") << u"línea 14: largo «0» inválido"_qs;
        QTest::newRow("date mask") << layout(7, "  accounting_date Fecha AAAAMM")
                                   << u"línea 7: máscara Fecha inválida «AAAAMM»"_qs;
        QTest::newRow("time mask") << layout(12, "  transaction Alfa 2 *_\n  payment_time Hhmmss HHSS")
                                   << u"línea 13: máscara Hhmmss inválida «HHSS»"_qs;
        QTest::newRow("date as Num") << layout(7, "  accounting_date Num 8 0*")
                                     << u"línea 7: el dato «accounting_date» no puede ser de tipo Num"_qs;
        QTest::newRow("amount as Alfa") << layout(14, "  amount Alfa 6 *_")
                                        << u"línea 14: el dato «amount» no puede ser de tipo Alfa"_qs;
        QTest::newRow("fields short")
            << layout(14, "  amount Num 5 0*")
            << u"línea 10: los campos del registro detail suman 19 posiciones y el registro mide 20"_qs;
        QTest::newRow("no room for filler")
            << layout(8, "  channel Char 11 *_") << u"línea 9: los campos anteriores ya ocupan 20 de 20"_qs;
        QTest::newRow("star width on datum")
            << layout(14, "  amount Num * 0*") << u"línea 14: solo filler puede tener largo «*»"_qs;
        QTest::newRow("field after rest")
            << layout(9, "  filler Alfa * _\n  convenio Num 2 0*") << u"línea 10: no puede haber campos después"_qs;
        QTest::newRow("no record type") << layout(11, "  const:X Alfa 1 *_")
                                        << u"línea 10: el registro no tiene campo record_type"_qs;
        QTest::newRow("duplicate datum") << layout(13, "  amount Num 5 0*")
                                         << u"línea 14: el dato «amount» ya está en este registro"_qs;
        QTest::newRow("duplicate record")
            << layout(10, "header 3") << u"línea 10: el registro «header» ya fue definido en la línea 5"_qs;
        QTest::newRow("duplicate code") << layout(10, "detail 1")
                                        << u"línea 10: el código «1» ya es del registro de la línea 5"_qs;
        QTest::newRow("code too long") << layout(5, "header 12") << u"línea 5: el código del registro no cabe"_qs;
        QTest::newRow("field outside record")
            << layout(5, "  record_type Num 1 0*") << u"línea 5: «record_type» no es una directiva ni un registro"_qs;
        QTest::newRow("empty const") << layout(12, "  const: Alfa 8 *_") << u"línea 12: const: sin valor"_qs;
        QTest::newRow("const not fitting") << layout(12, "  const:ABCDEFGHIJ Alfa 8 *_")
                                           << u"línea 12: «ABCDEFGHIJ» tiene 10 caracteres y el campo admite 8"_qs;
        QTest::newRow("control without record") << layout(1, "name prueba\ncontrol-record yes")
                                                << u"control-record yes exige definir el registro control"_qs;
        QTest::newRow("no record length") << layout(2, "# sin largo") << u"falta record-length"_qs;
        QTest::newRow("no file name") << layout(4, "# sin nombre") << u"falta file-name"_qs;
        QTest::newRow("no detail") << QByteArray(
            "record-length 3\nfile-name r.txt\nheader 1\n record_type Num 1 0*\n filler Alfa * _\n")
                                   << u"faltan los registros header y detail"_qs;
    }

    void refusesErrorsNamingLineAndReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        auto parsed = RendicionLayout::parse(text, u"prueba.layout"_qs);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::Configuration);
        QVERIFY2(parsed.error().message().contains(message, Qt::CaseInsensitive), qPrintable(parsed.error().message()));
        QVERIFY(parsed.error().message().contains(u"prueba.layout"_qs));
    }

    void formatsWithNotation_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("notation");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // "!" + fragment of the error
        using T = RendicionField::Type;
        QTest::newRow("0* zero fill right") << int(T::Num) << u"0*"_qs << 6 << u"1234"_qs << u"001234"_qs;
        QTest::newRow("_* space fill right") << int(T::Num) << u"_*"_qs << 6 << u"1234"_qs << u"  1234"_qs;
        QTest::newRow("*_ left") << int(T::Alfa) << u"*_"_qs << 6 << u"AB"_qs << u"AB    "_qs;
        QTest::newRow("exact width") << int(T::Num) << u"0*"_qs << 4 << u"1234"_qs << u"1234"_qs;
        QTest::newRow("empty Alfa") << int(T::Alfa) << u"*_"_qs << 3 << QString() << u"   "_qs;
        QTest::newRow("Latin-1 letter") << int(T::Char) << u"*_"_qs << 6 << u"Ñuble"_qs << u"Ñuble "_qs;
        QTest::newRow("overflow") << int(T::Num) << u"0*"_qs << 3 << u"1234"_qs
                                  << u"!«1234» tiene 4 caracteres y el campo admite 3"_qs;
        QTest::newRow("Num with letter") << int(T::Num) << u"0*"_qs << 6 << u"12a"_qs << u"!no es un valor Num"_qs;
        QTest::newRow("Char with digit") << int(T::Char) << u"*_"_qs << 6 << u"CV1"_qs << u"!no es un valor Char"_qs;
        QTest::newRow("Alfa control char") << int(T::Alfa) << u"*_"_qs << 6 << u"a\tb"_qs << u"!no es un valor Alfa"_qs;
        QTest::newRow("not in latin1") << int(T::Alfa) << u"*_"_qs << 6 << u"€"_qs
                                       << u"!no existe en la codificación latin1"_qs;
    }

    void formatsWithNotation()
    {
        QFETCH(int, type);
        QFETCH(QString, notation);
        QFETCH(int, length);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        auto formatted = RendicionFieldCodec::format(field(RendicionField::Type(type), notation, length), value,
                                                     RendicionEncoding(RendicionEncoding::Kind::Latin1));
        if (expected.startsWith(u'!')) {
            QVERIFY(!formatted.ok());
            QVERIFY2(formatted.error().message().contains(expected.mid(1)), qPrintable(formatted.error().message()));
        } else {
            QVERIFY2(formatted.ok(), qPrintable(formatted.ok() ? QString() : formatted.error().message()));
            QCOMPARE(formatted.value(), expected);
        }
    }

    void formatsDatesAndTimes()
    {
        using T = RendicionField::Type;
        const QDate date(2026, 3, 7);
        QCOMPARE(RendicionFieldCodec::formatDate(field(T::Fecha, u"AAAAMMDD"_qs, 0), date), u"20260307"_qs);
        QCOMPARE(RendicionFieldCodec::formatDate(field(T::Fecha, u"DD/MM/AAAA"_qs, 0), date), u"07/03/2026"_qs);
        QCOMPARE(RendicionFieldCodec::formatDate(field(T::Fecha, u"AAMMDD"_qs, 0), date), u"260307"_qs);
        QCOMPARE(RendicionFieldCodec::formatTime(field(T::Hhmmss, u"HHMMSS"_qs, 0), QTime(9, 5, 1)), u"090501"_qs);
        QCOMPARE(RendicionFieldCodec::formatTime(field(T::Hhmmss, u"HH:MM"_qs, 0), QTime(14, 0)), u"14:00"_qs);
    }

    void readsWithNotation_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("notation");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "!" + fragment of the error
        using T = RendicionField::Type;
        QTest::newRow("0*") << int(T::Num) << u"0*"_qs << u"001234"_qs << u"1234"_qs;
        QTest::newRow("0* all zeros") << int(T::Num) << u"0*"_qs << u"0000"_qs << u"0"_qs;
        QTest::newRow("_*") << int(T::Num) << u"_*"_qs << u"  1234"_qs << u"1234"_qs;
        QTest::newRow("*_") << int(T::Alfa) << u"*_"_qs << u"AB C  "_qs << u"AB C"_qs;
        QTest::newRow("0* with space") << int(T::Num) << u"0*"_qs << u"0 1234"_qs << u"!no es un número 0*"_qs;
        QTest::newRow("_* number left") << int(T::Num) << u"_*"_qs << u"1234  "_qs << u"!no es un número _*"_qs;
        QTest::newRow("empty number") << int(T::Num) << u"_*"_qs << u"      "_qs << u"!el número está vacío"_qs;
        QTest::newRow("Char digit") << int(T::Char) << u"*_"_qs << u"C1"_qs << u"!no es un valor Char"_qs;
        QTest::newRow("date") << int(T::Fecha) << u"AAAAMMDD"_qs << u"20261120"_qs << u"2026-11-20"_qs;
        QTest::newRow("date short year") << int(T::Fecha) << u"DD-MM-AA"_qs << u"20-11-26"_qs << u"2026-11-20"_qs;
        QTest::newRow("impossible date") << int(T::Fecha) << u"AAAAMMDD"_qs << u"20260230"_qs
                                         << u"!no es una fecha válida con la máscara AAAAMMDD"_qs;
        QTest::newRow("date with letters")
            << int(T::Fecha) << u"AAAAMMDD"_qs << u"2026AB20"_qs << u"!no es una fecha válida"_qs;
        QTest::newRow("date wrong separator")
            << int(T::Fecha) << u"DD/MM/AA"_qs << u"20-11-26"_qs << u"!no es una fecha válida"_qs;
        QTest::newRow("time") << int(T::Hhmmss) << u"HHMMSS"_qs << u"235959"_qs << u"23:59:59"_qs;
        QTest::newRow("bad time") << int(T::Hhmmss) << u"HHMMSS"_qs << u"246000"_qs
                                  << u"!no es una hora válida con la máscara HHMMSS"_qs;
    }

    void readsWithNotation()
    {
        QFETCH(int, type);
        QFETCH(QString, notation);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto read = RendicionFieldCodec::read(field(RendicionField::Type(type), notation, int(text.size())), text);
        if (expected.startsWith(u'!')) {
            QVERIFY(!read.ok());
            QVERIFY2(read.error().message().contains(expected.mid(1)), qPrintable(read.error().message()));
        } else {
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
            QCOMPARE(read.value(), expected);
        }
    }

    void encodings()
    {
        auto cp1252 = RendicionEncoding::fromName(u"cp1252"_qs);
        QVERIFY(cp1252.ok());
        QVERIFY(cp1252->canEncode(QChar(0x20AC)));
        QCOMPARE(cp1252->encode(u"€Ñ"_qs), QByteArray("\x80\xD1"));
        QCOMPARE(cp1252->decode(QByteArray("\x80\xD1")).value(), u"€Ñ"_qs);
        QVERIFY(!cp1252->decode(QByteArray("a\x81")).ok());
        const RendicionEncoding latin1(RendicionEncoding::Kind::Latin1);
        QVERIFY(!latin1.canEncode(QChar(0x20AC)));
        const RendicionEncoding utf8(RendicionEncoding::Kind::Utf8);
        QVERIFY(!utf8.decode(QByteArray("\xC3")).ok());
        QVERIFY(!RendicionEncoding::fromName(u"ebcdic"_qs).ok());
    }
};

QTEST_GUILESS_MAIN(TestRendicionLayout)
#include "TestRendicionLayout.moc"
