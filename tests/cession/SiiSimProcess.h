// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * @brief The real factora-sii-sim (path in FACTORA_SII_SIM) on 127.0.0.1:0 with a state file, for the end-to-end
 * cession tests. Every wait is bounded.
 */
class SiiSimProcess
{
public:
    explicit SiiSimProcess(QString stateFile);
    ~SiiSimProcess();
    SiiSimProcess(const SiiSimProcess&) = delete;
    SiiSimProcess& operator=(const SiiSimProcess&) = delete;

    /** @brief Starts it with @p arguments (e.g. --fault specs); empty on success, else why not. */
    QString start(const QStringList& arguments = {});
    /** @brief SIGTERM, then waits at most 10 s. */
    void stop();

    /** @brief "http://127.0.0.1:PORT". */
    const QString& baseUrl() const { return m_baseUrl; }
    /** @brief The simulator's registry as it last wrote it to its state file. */
    QJsonObject registry() const;
    /** @brief How many uploads the simulator received. */
    int uploadCount() const;
    /** @brief How many cessions the simulator's registry annotated for @p dteKey ("RUT/TIPO/FOLIO"). */
    int annotationsOf(const QString& dteKey) const;
    /** @brief What it wrote on standard error so far. */
    QString standardError();

private:
    QString m_stateFile;
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    QByteArray m_stderr;
};
