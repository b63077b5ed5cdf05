// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
//
// bench_dispatch [COUNT] — invoice e-mails per second through MailSender into postfix's smtp-sink on 127.0.0.1,
// next to postfix's own smtp-source sending messages of the same size on the wire to the same sink in the same run
// (the ceiling). Both send one message per SMTP session, one session at a time, in interleaved rounds (the machine
// may be shared); the ratio MailSender / smtp-source is the figure (target >= 0.5). Then the attachments: invoice
// PDFs rendered per second and PDF+XML zips built per second (DispatchAttachmentBuilder), on one thread, timed
// with the thread's CPU clock. The e-mail carries a 100 KB PDF attachment (the SII sample invoice, padded after
// its %%EOF to 100 KB as PDF readers allow) and the rendered Spanish templates. See docs/dispatch-channels.md.

#include "delivery/MailSender.h"
#include "delivery/MimeMessage.h"
#include "dispatch/DispatchAttachmentBuilder.h"
#include "dispatch/DispatchTemplates.h"
#include "invoice/InvoiceDocumentReader.h"
#include "invoice/InvoiceRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>

#include <cstdio>
#include <ctime>

using namespace factora::core;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_dispatch: %s\n", qPrintable(message));
    std::exit(1);
}

double threadSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/** tests/support/smtp-sink on a free loopback port; stopped when destroyed. */
class Sink
{
public:
    Sink()
    {
        m_process.setProgram(QStringLiteral(FACTORA_SOURCE_DIR "/tests/support/smtp-sink"));
        m_process.setArguments({ QStringLiteral("--max-seconds"), QStringLiteral("3600") });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            die(QStringLiteral("cannot start tests/support/smtp-sink: %1").arg(m_process.errorString()));
        }
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(15000)) {
            line += m_process.readAllStandardOutput();
        }
        if (!line.startsWith("PORT ")) {
            die(QStringLiteral("smtp-sink printed no port (is postfix installed?)"));
        }
        m_port = line.mid(5).trimmed().toInt();
    }
    ~Sink()
    {
        m_process.terminate();
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("factora.core.*.info=false"));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 400;
    if (count <= 0) {
        die(QStringLiteral("COUNT must be a positive number"));
    }
    // smtp-source from /usr/sbin, or from the copy of postfix tests/support/smtp-sink unpacks when it is not installed.
    QProcess tools;
    tools.start(QStringLiteral(FACTORA_SOURCE_DIR "/tests/support/smtp-sink"), { QStringLiteral("--tools") });
    if (!tools.waitForFinished(600000) || tools.exitCode() != 0) {
        die(QStringLiteral("tests/support/smtp-sink --tools failed: %1")
                .arg(QString::fromLocal8Bit(tools.readAllStandardError())));
    }
    QString sbin;
    QString libraries;
    for (const QByteArray& line : tools.readAllStandardOutput().split('\n')) {
        if (line.startsWith("SBIN ")) {
            sbin = QString::fromLocal8Bit(line.mid(5));
        } else if (line.startsWith("LIB ")) {
            libraries = QString::fromLocal8Bit(line.mid(4));
        }
    }
    const QString smtpSource = sbin + QStringLiteral("/smtp-source");
    if (!QFile::exists(smtpSource)) {
        die(QStringLiteral("%1 not found").arg(smtpSource));
    }
    QProcessEnvironment sourceEnvironment = QProcessEnvironment::systemEnvironment();
    if (!libraries.isEmpty()) {
        sourceEnvironment.insert(QStringLiteral("LD_LIBRARY_PATH"), libraries);
    }

    // The invoice, its PDF padded to 100 KB, and the e-mail from the default templates.
    const QString dtePath = QStringLiteral(FACTORA_SOURCE_DIR "/tests/data/sii/DTE--76354771-K--33--170.xml");
    QFile dteFile(dtePath);
    if (!dteFile.open(QIODevice::ReadOnly)) {
        die(QStringLiteral("cannot read %1").arg(dtePath));
    }
    const QByteArray dteXml = dteFile.readAll();
    InvoiceOptions options;
    options.resolutionNumber = QStringLiteral("80");
    options.resolutionDate = QDate(2014, 8, 22);
    options.siiOffice = QStringLiteral("Quillota");
    options.cedible = true;
    options.branding.logoPath = QStringLiteral(FACTORA_SOURCE_DIR "/tests/data/invoice/logo.png");
    const DispatchAttachmentBuilder builder(options);
    Result<MailAttachment> pdf = builder.build(dteXml, DispatchAttachmentKind::Pdf);
    if (!pdf) {
        die(pdf.error().message());
    }
    const qsizetype renderedSize = pdf->content.size();
    QByteArray padded = pdf->content;
    padded.append('\n');
    while (padded.size() < 100 * 1024) {
        padded.append("% padding to 100 KB for the benchmark\n");
    }
    padded.truncate(100 * 1024);
    Result<DispatchTemplates> templates = DispatchTemplates::defaults(QStringLiteral("pagos.factora.test"));
    if (!templates) {
        die(templates.error().message());
    }
    DispatchTemplateValues values;
    values.debtorName = QStringLiteral("Comercializadora del Sur Ltda.");
    values.debtorRut = QStringLiteral("76354771-K");
    values.folio = 170;
    values.tipo = 33;
    values.amount = Money::fromPesos(1234567);
    values.dueDate = QDate(2026, 12, 22);
    values.emitterName = QStringLiteral("Comercial Andes SpA");
    values.emitterRut = QStringLiteral("77777777-7");
    const DispatchTemplates::RenderedMail rendered = templates->renderMail(values);
    OutgoingMail mail;
    mail.from = QStringLiteral("cobranza@factora.test");
    mail.to = { QStringLiteral("deudor@cliente.test") };
    mail.subject = rendered.subject;
    mail.textBody = rendered.text;
    mail.htmlBody = rendered.html;
    mail.attachments.append(MailAttachment { pdf->fileName, pdf->mediaType, padded });
    const qsizetype wireSize
        = MimeMessage::compose(mail, QDateTime::currentDateTimeUtc(), QStringLiteral("factora.test")).size();

    Sink sink;
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = sink.port();
    smtp.tls = SmtpTlsMode::None; // smtp-sink has no STARTTLS; smtp-source speaks plain SMTP too
    smtp.timeoutSeconds = 30;
    smtp.heloName = QStringLiteral("factora.test");
    const MailSender sender(smtp);

    auto sendWithFactora = [&](int n) {
        for (int i = 0; i < n; ++i) {
            auto results = sender.sendOnce(mail, mail.to);
            if (!results || results->size() != 1 || results->first().replyCode != 250) {
                die(results ? QStringLiteral("relay answered %1").arg(results->first().replyCode)
                            : results.error().message());
            }
        }
    };
    auto sendWithSmtpSource = [&](int n) {
        QProcess source;
        source.setProcessEnvironment(sourceEnvironment);
        source.start(smtpSource,
                     { QStringLiteral("-m"), QString::number(n), QStringLiteral("-s"), QStringLiteral("1"),
                       QStringLiteral("-l"), QString::number(wireSize), QStringLiteral("-M"),
                       QStringLiteral("factora.test"), QStringLiteral("-f"), QStringLiteral("cobranza@factora.test"),
                       QStringLiteral("-t"), QStringLiteral("deudor@cliente.test"),
                       QStringLiteral("127.0.0.1:%1").arg(sink.port()) });
        if (!source.waitForFinished(600000) || source.exitStatus() != QProcess::NormalExit || source.exitCode() != 0) {
            die(QStringLiteral("smtp-source failed: %1").arg(QString::fromLocal8Bit(source.readAllStandardError())));
        }
    };

    // Warm both, then interleave rounds of each, timed on the wall clock (two processes and the sink take part).
    sendWithFactora(5);
    sendWithSmtpSource(5);
    const int rounds = 10;
    qint64 factoraNs = 0;
    qint64 sourceNs = 0;
    for (int round = 0; round < rounds; ++round) {
        const int n = count / rounds + (round < count % rounds ? 1 : 0);
        QElapsedTimer timer;
        timer.start();
        sendWithFactora(n);
        factoraNs += timer.nsecsElapsed();
        timer.restart();
        sendWithSmtpSource(n);
        sourceNs += timer.nsecsElapsed();
    }
    const double factoraRate = count / (double(factoraNs) / 1e9);
    const double sourceRate = count / (double(sourceNs) / 1e9);
    std::printf("MailSender -> smtp-sink:  %8.1f messages/s  (%lld bytes each on the wire, 100 KB PDF attached)\n",
                factoraRate, static_cast<long long>(wireSize));
    std::printf("smtp-source -> smtp-sink: %8.1f messages/s  (same size, one message per session, the ceiling)\n",
                sourceRate);
    std::printf("ratio MailSender / smtp-source: %.2f   (target >= 0.5; %d messages each, wall clock)\n",
                factoraRate / sourceRate, count);

    // Attachments: the PDF alone, and the zip with PDF and XML.
    const int attachments = qMax(20, count / 4);
    double start = threadSeconds();
    for (int i = 0; i < attachments; ++i) {
        if (!builder.build(dteXml, DispatchAttachmentKind::Pdf)) {
            die(QStringLiteral("PDF failed"));
        }
    }
    const double pdfRate = attachments / (threadSeconds() - start);
    start = threadSeconds();
    for (int i = 0; i < attachments; ++i) {
        if (!builder.build(dteXml, DispatchAttachmentKind::Zip)) {
            die(QStringLiteral("zip failed"));
        }
    }
    const double zipRate = attachments / (threadSeconds() - start);
    std::printf("invoice PDFs rendered:    %8.1f /s  (%lld bytes, thread CPU time, %d of them)\n", pdfRate,
                static_cast<long long>(renderedSize), attachments);
    std::printf("PDF + XML zips built:     %8.1f /s\n", zipRate);
    return 0;
}
