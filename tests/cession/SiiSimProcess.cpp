// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiSimProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

SiiSimProcess::SiiSimProcess(QString stateFile)
    : m_stateFile(std::move(stateFile))
{
}

SiiSimProcess::~SiiSimProcess()
{
    stop();
}

QString SiiSimProcess::start(const QStringList& arguments)
{
    const QString program = qEnvironmentVariable("FACTORA_SII_SIM");
    if (program.isEmpty())
        return u"FACTORA_SII_SIM is not set"_s;
    m_process = std::make_unique<QProcess>();
    m_process->start(program, QStringList { u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, m_stateFile } + arguments);
    if (!m_process->waitForStarted(10000))
        return u"cannot start %1: %2"_s.arg(program, m_process->errorString());
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!out.contains('\n') && !deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += m_process->readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
    const QString prefix = u"listening on "_s;
    const QUrl url(line.mid(prefix.size()));
    if (!line.startsWith(prefix) || url.port() <= 0)
        return u"no \"listening on\" line: «%1»; stderr: %2"_s.arg(line, standardError());
    m_baseUrl = line.mid(prefix.size());
    return {};
}

void SiiSimProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QJsonObject SiiSimProcess::registry() const
{
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"registry"_s).toObject();
}

int SiiSimProcess::uploadCount() const
{
    return int(registry().value(u"uploads"_s).toArray().size());
}

int SiiSimProcess::annotationsOf(const QString& dteKey) const
{
    int count = 0;
    for (const QJsonValue& cession : registry().value(u"cessions"_s).toArray())
        count += cession.toObject().value(u"dteKey"_s).toString() == dteKey ? 1 : 0;
    return count;
}

QString SiiSimProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderr);
}
