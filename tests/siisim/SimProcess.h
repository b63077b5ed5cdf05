// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * @brief factora-sii-sim run as a real process (path in the environment variable FACTORA_SII_SIM) on
 * 127.0.0.1:0; start() reads the port from its one "listening on URL" line.
 */
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    /** @brief Starts the program with --listen 127.0.0.1:0 plus @p arguments; false (and why in error()) on failure. */
    bool start(const QStringList& arguments = {});
    /** @brief Sends SIGTERM and waits (at most 10 s); true when it exited with code 0. */
    bool stop();

    const QString& baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    const QString& firstLine() const { return m_firstLine; }
    const QString& error() const { return m_error; }
    /** @brief What the program wrote on standard error so far. */
    QString standardError();

    /** @brief Runs the program with @p arguments to completion (at most 10 s); its exit code, stderr in @p output. */
    static int run(const QStringList& arguments, QString* output);

    static QString program();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    QString m_firstLine;
    QString m_error;
    QByteArray m_stderr;
    quint16 m_port = 0;
};
