// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace factora::ui {

class DteTableModel;

/**
 * @brief Sorts and filters a DteTableModel: by emitter and receiver (RUT or name, part of it), type, a range of
 * emission dates, a range of total amounts, state, and a quick search over folio, RUTs, names, type, state and
 * file name (every word must match). Every criterion left unset lets all rows through. Sorting compares the raw
 * values of DteTableModel::SortRole, read straight from the rows.
 */
class DteFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DteFilterProxyModel(QObject* parent = nullptr);

    /** @brief The source must be a DteTableModel. */
    void setDteModel(DteTableModel* model);

    void setEmitterFilter(const QString& text);
    void setReceiverFilter(const QString& text);
    /** @brief 0 for every type. */
    void setTypeFilter(int tipo);
    /** @brief Emission dates from @p from to @p to, both included; an invalid date leaves that end open. */
    void setDateRange(const QDate& from, const QDate& to);
    /** @brief Total amounts, in pesos, from @p minimum to @p maximum, both included. */
    void setAmountRange(std::optional<qint64> minimum, std::optional<qint64> maximum);
    /** @brief A code of dtes.state ("loaded", ...); empty for every state. */
    void setStateFilter(const QString& state);
    void setQuickSearch(const QString& text);
    /** @brief Removes every criterion. */
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    DteTableModel* m_model = nullptr;
    QString m_emitter;
    QString m_receiver;
    int m_tipo = 0;
    QDate m_from;
    QDate m_to;
    std::optional<qint64> m_minimum;
    std::optional<qint64> m_maximum;
    QString m_state;
    QStringList m_words;
};

} // namespace factora::ui
