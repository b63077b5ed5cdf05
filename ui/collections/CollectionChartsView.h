// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "collection/CollectionStatisticsChart.h"

#include <QWidget>

class QChartView;
class QBarSeries;

namespace factora::ui {

/**
 * @brief The Gráficos tab: a bar chart of what was collected each accounting date of the range and a bar chart of the
 * pending receivables per aging bucket (al día, 1–30, 31–60, 61–90, más de 90 días), both from a
 * core::CollectionStatisticsChart. The series are reachable for tests (dailySeries(), agingSeries()).
 */
class CollectionChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit CollectionChartsView(QWidget* parent = nullptr);

    void setChart(const core::CollectionStatisticsChart& chart);

    QBarSeries* dailySeries() const { return m_daily; }
    QBarSeries* agingSeries() const { return m_aging; }

private:
    QChartView* m_dailyView = nullptr;
    QChartView* m_agingView = nullptr;
    QBarSeries* m_daily = nullptr;
    QBarSeries* m_aging = nullptr;
};

} // namespace factora::ui
