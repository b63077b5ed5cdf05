// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionChartsView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace factora::ui {

namespace {
    QChartView* makeView(const QString& objectName, const QString& title)
    {
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->legend()->setVisible(false);
        auto* view = new QChartView(chart);
        view->setObjectName(objectName);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        return view;
    }

    // Replaces the chart's series and axes with one bar set of @p values over @p categories.
    QBarSeries* fill(QChart* chart, const QString& setName, const QStringList& categories, const QList<qreal>& values)
    {
        chart->removeAllSeries();
        const auto axes = chart->axes();
        for (QAbstractAxis* axis : axes) {
            chart->removeAxis(axis);
            delete axis;
        }
        auto* set = new QBarSet(setName);
        for (const qreal value : values)
            *set << value;
        auto* series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto* y = new QValueAxis;
        const qreal top = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
        y->setRange(0, top > 0 ? top * 1.1 : 1);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        return series;
    }
} // namespace

CollectionChartsView::CollectionChartsView(QWidget* parent)
    : QWidget(parent)
{
    m_dailyView = makeView(QStringLiteral("dailyChart"), tr("Recaudación diaria (pesos, por fecha contable)"));
    m_agingView = makeView(QStringLiteral("agingChart"), tr("Morosidad de lo pendiente (pesos, por días de atraso)"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_dailyView, 1);
    layout->addWidget(m_agingView, 1);
    setChart({});
}

void CollectionChartsView::setChart(const core::CollectionStatisticsChart& chart)
{
    QStringList days;
    QList<qreal> collected;
    // A month of days does not fit as dd-MM side by side: long ranges show the day of the month only.
    const bool dayOnly = chart.daily.size() > 10;
    for (const auto& point : chart.daily) {
        days << point.accountingDate.toString(dayOnly ? u"d" : u"dd-MM");
        collected << qreal(point.amount);
    }
    m_daily = fill(m_dailyView->chart(), tr("Recaudado"), days, collected);

    QStringList buckets;
    QList<qreal> pending;
    for (const auto& bucket : chart.aging) {
        buckets << core::CollectionStatisticsAgingBucket::label(bucket.range);
        pending << qreal(bucket.amount);
    }
    m_aging = fill(m_agingView->chart(), tr("Pendiente"), buckets, pending);
}

} // namespace factora::ui
