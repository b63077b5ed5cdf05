// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
//
// bench_dte_table [COUNT] — the DTE inbox's table with COUNT rows (default 50 000): the time to make the rows (done
// off the UI thread by DteInboxLoader), to load them into DteTableModel, to sort them in DteFilterProxyModel by
// amount and by emitter name, to filter by emitter and to run a quick search; and, as references measured in the
// same run, a std::sort of the same rows by amount and a plain loop doing the quick search's matching. The ratios say
// what the model/view machinery costs on top of the bare work. Prints figures; asserts nothing.

#include "dtes/DteFilterProxyModel.h"
#include "dtes/DteRow.h"
#include "dtes/DteTableModel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace factora;

namespace {

QList<ui::DteRow> makeRows(int count)
{
    QList<ui::DteRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        core::DteRecord dte;
        dte.id = i + 1;
        dte.tipo = i % 7 == 0 ? 34 : 33;
        dte.folio = 100000 + i;
        dte.emitterRut = QStringLiteral("%1-%2").arg(76000000 + i % 40).arg(i % 10);
        dte.emitterName = QStringLiteral("Emisor %1 SpA").arg(i % 40);
        dte.receiverRut = QStringLiteral("%1-%2").arg(90000000 + i % 400).arg(i % 9);
        dte.receiverName = QStringLiteral("Deudor %1 S.A.").arg(i % 400);
        dte.fechaEmision = QDate(2026, 1, 1).addDays(i % 365);
        dte.fechaVencimiento = dte.fechaEmision.addDays(30);
        dte.montoTotal = core::Money::fromPesos(1000 + (i * 7919LL) % 9000000);
        dte.state = i % 5 == 0 ? QStringLiteral("approved") : QStringLiteral("loaded");
        dte.schemaOk = true;
        dte.signatureSiiOk = true;
        dte.sourceFile = QStringLiteral("dte-%1.xml").arg(dte.folio);
        rows << ui::DteRow::fromRecord(std::move(dte));
    }
    return rows;
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    if (count <= 0) {
        std::fprintf(stderr, "bench_dte_table: COUNT must be a positive number\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    QList<ui::DteRow> rows = makeRows(count);
    const double make = ms(timer);

    // References: the bare work on the same rows, through an index as the proxy does.
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    timer.restart();
    std::stable_sort(order.begin(), order.end(), [&rows](int a, int b) {
        return rows.at(a).record.montoTotal.pesos() > rows.at(b).record.montoTotal.pesos();
    });
    const double referenceSort = ms(timer);
    timer.restart();
    qsizetype referenceMatches = 0;
    for (const ui::DteRow& row : std::as_const(rows)) {
        referenceMatches
            += row.searchText.contains(QLatin1StringView("deudor")) && row.searchText.contains(QLatin1StringView("123"))
            ? 1
            : 0;
    }
    const double referenceSearch = ms(timer);

    ui::DteTableModel model;
    ui::DteFilterProxyModel proxy;
    proxy.setDteModel(&model);
    timer.restart();
    model.setRows(std::move(rows));
    const double load = ms(timer);
    timer.restart();
    proxy.sort(ui::DteTableModel::MontoTotal, Qt::DescendingOrder);
    const double sortAmount = ms(timer);
    timer.restart();
    proxy.sort(ui::DteTableModel::Emisor, Qt::AscendingOrder);
    const double sortName = ms(timer);
    timer.restart();
    proxy.setEmitterFilter(QStringLiteral("Emisor 7 SpA"));
    const double filterEmitter = ms(timer);
    const int emitterRows = proxy.rowCount();
    proxy.clearFilters();
    timer.restart();
    proxy.setQuickSearch(QStringLiteral("deudor 123"));
    const double search = ms(timer);
    const int searchRows = proxy.rowCount();
    timer.restart();
    proxy.clearFilters();
    const double clear = ms(timer);

    std::printf("bench_dte_table: %d rows\n", count);
    std::printf("  make rows (worker thread)      %9.1f ms\n", make);
    std::printf("  load into the model            %9.1f ms\n", load);
    std::printf("  sort by amount                 %9.1f ms   reference std::stable_sort %7.1f ms   ratio %5.1f\n",
                sortAmount, referenceSort, sortAmount / std::max(referenceSort, 0.001));
    std::printf("  sort by emitter name           %9.1f ms\n", sortName);
    std::printf("  filter by emitter              %9.1f ms   (%d rows)\n", filterEmitter, emitterRows);
    std::printf("  quick search                   %9.1f ms   reference loop %7.1f ms   ratio %5.1f   (%d rows, "
                "reference %lld)\n",
                search, referenceSearch, search / std::max(referenceSearch, 0.001), searchRows,
                static_cast<long long>(referenceMatches));
    std::printf("  clear the filters              %9.1f ms\n", clear);
    return 0;
}
