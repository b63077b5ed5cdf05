// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SimProcess.h"

#include <QDeadlineTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

SimProcess::~SimProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString SimProcess::program()
{
    return qEnvironmentVariable("FACTORA_SII_SIM");
}

bool SimProcess::start(const QStringList& arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program());
    m_process->setArguments(QStringList { u"--listen"_s, u"127.0.0.1:0"_s } + arguments);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(program(), m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        out += m_process->readAllStandardOutput();
    }
    m_firstLine = QString::fromUtf8(out.left(out.indexOf('\n')));
    const QString prefix = u"listening on "_s;
    const QUrl url(m_firstLine.mid(prefix.size()));
    if (!m_firstLine.startsWith(prefix) || !url.isValid() || url.port() <= 0) {
        m_error = u"no \"listening on\" line: «%1»; stderr: %2"_s.arg(m_firstLine, standardError());
        return false;
    }
    m_baseUrl = m_firstLine.mid(prefix.size());
    m_port = static_cast<quint16>(url.port());
    return true;
}

bool SimProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

QString SimProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

int SimProcess::run(const QStringList& arguments, QString* output)
{
    QProcess process;
    process.start(program(), arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (output != nullptr)
        *output = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    return process.exitCode();
}
