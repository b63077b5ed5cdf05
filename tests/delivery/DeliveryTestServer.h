// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace factora::test {

/**
 * @brief A server script of tests/support (ftp-server, sftp-server, smtp-server) run for one test: started on a free
 * loopback port, which it prints as "PORT <n>", and stopped (SIGTERM, then closed stdin) when this object dies.
 */
class DeliveryTestServer
{
public:
    DeliveryTestServer() = default;
    ~DeliveryTestServer();
    DeliveryTestServer(const DeliveryTestServer&) = delete;
    DeliveryTestServer& operator=(const DeliveryTestServer&) = delete;

    /** @brief Runs tests/support/@p script with @p arguments; false (and a message) when it printed no port in 15 s. */
    bool start(const QString& script, const QStringList& arguments);

    /** @brief Stops the server and waits (at most 10 s) for it to exit. */
    void stop();

    int port() const { return m_port; }
    /** @brief What the script wrote on stderr, for failure messages. */
    QString errorOutput();

    /** @brief The folder of tests/support. */
    static QString supportDirectory();

private:
    QProcess m_process;
    int m_port = 0;
};

/** @brief A CA and a server certificate for 127.0.0.1 made with the openssl command, as PEM files in a folder. */
struct TestTlsFiles
{
    QString caCertificate;
    QString serverCertificate;
    QString serverKey;

    /** @brief Writes them into @p directory; false when openssl failed. @p name distinguishes two CAs. */
    static bool create(const QString& directory, const QString& name, TestTlsFiles* files);
};

} // namespace factora::test
