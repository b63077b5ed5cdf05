// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteImportJob.h"

#include "dte/DteReader.h"
#include "dte/DteService.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcDteImport, "factora.ui.dteimport", QtInfoMsg)
}

namespace factora::ui {

QStringList DteImportJob::collectFiles(const QStringList& paths)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString& file) {
        const QString canonical = QFileInfo(file).absoluteFilePath();
        if (!seen.contains(canonical)) {
            seen.insert(canonical);
            files << canonical;
        }
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            add(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, { QStringLiteral("*.xml"), QStringLiteral("*.XML") }, QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            found << it.next();
        std::sort(found.begin(), found.end());
        for (const QString& file : std::as_const(found))
            add(file);
    }
    return files;
}

DteFileResult DteImportJob::importFile(core::DteService& service, const core::Actor& actor, const QString& path)
{
    DteFileResult result;
    result.path = path;
    auto bytes = core::DteReader::readFile(path);
    if (!bytes) {
        result.outcome = DteFileResult::Outcome::Failed;
        result.detail = bytes.error().message();
        return result;
    }
    auto report = service.import(actor, bytes.value(), QFileInfo(path).fileName());
    if (!report) {
        const core::ErrorCode code = report.error().code();
        if (code == core::ErrorCode::PermissionDenied)
            result.outcome = DteFileResult::Outcome::Forbidden;
        else if (code == core::ErrorCode::Storage || code == core::ErrorCode::Io || code == core::ErrorCode::Internal)
            result.outcome = DteFileResult::Outcome::Failed;
        else
            result.outcome = DteFileResult::Outcome::Invalid;
        result.detail = report.error().message();
        return result;
    }
    QStringList lines;
    bool forbidden = false;
    for (const core::DteImportItem& item : std::as_const(report->items)) {
        QString what;
        switch (item.outcome) {
        case core::DteImportItem::Outcome::Imported:
            ++result.imported;
            what = QCoreApplication::translate("DteImportJob", "importado");
            break;
        case core::DteImportItem::Outcome::Duplicate:
            ++result.duplicates;
            what = QCoreApplication::translate("DteImportJob", "ya estaba cargado");
            break;
        case core::DteImportItem::Outcome::Invalid:
            ++result.refused;
            what = QCoreApplication::translate("DteImportJob", "rechazado");
            break;
        case core::DteImportItem::Outcome::Forbidden:
            ++result.refused;
            forbidden = true;
            what = QCoreApplication::translate("DteImportJob", "no permitido");
            break;
        }
        QString line = QCoreApplication::translate("DteImportJob", "Tipo %1, folio %2 de %3: %4")
                           .arg(item.tipo)
                           .arg(item.folio)
                           .arg(item.emitterRut, what);
        if (!item.reason.isEmpty())
            line += QStringLiteral(" — ") + item.reason;
        lines << line;
    }
    result.detail = lines.join(u'\n');
    if (result.imported > 0)
        result.outcome = DteFileResult::Outcome::Imported;
    else if (result.refused == 0 && result.duplicates > 0)
        result.outcome = DteFileResult::Outcome::Duplicate;
    else if (forbidden)
        result.outcome = DteFileResult::Outcome::Forbidden;
    else
        result.outcome = DteFileResult::Outcome::Invalid;
    if (report->items.isEmpty()) {
        result.outcome = DteFileResult::Outcome::Invalid;
        result.detail = QCoreApplication::translate("DteImportJob", "El archivo no contiene ningún DTE.");
    }
    return result;
}

QFuture<DteFileResult> DteImportJob::start(std::shared_ptr<core::Database> database, core::UserSession session,
                                           const core::Clock* clock, QStringList paths)
{
    return QtConcurrent::run([database = std::move(database), session = std::move(session), clock,
                              paths = std::move(paths)](QPromise<DteFileResult>& promise) {
        const QStringList files = collectFiles(paths);
        promise.setProgressRange(0, int(files.size()));
        promise.setProgressValue(0);
        int done = 0;
        {
            core::DteService service(*database, *clock);
            const core::Actor actor = core::Actor::user(session);
            for (const QString& file : files) {
                promise.suspendIfRequested();
                if (promise.isCanceled())
                    break;
                promise.addResult(importFile(service, actor, file));
                promise.setProgressValue(++done);
            }
        }
        qCInfo(lcDteImport) << "user" << session.userId() << "imported" << done << "of" << files.size() << "files"
                            << (promise.isCanceled() ? "(cancelled)" : "");
        database->releaseThreadConnection();
    });
}

} // namespace factora::ui
