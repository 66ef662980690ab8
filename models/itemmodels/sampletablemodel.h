#pragma once

#include "search/samplefilter.h"
#include "store/casestore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace shoal {

/*!
 * \brief The sample table: one row per sample of the case matching a search, paged through
 * SQLite.
 *
 * It never loads every row: rowCount() comes from a count query, and rows are read a page at a
 * time into a small cache of recently used pages (at most kMaxPages * kPageSize rows). A page
 * past the middle is read in the reverse order from the end, so that reaching the last row costs
 * what reaching the first does. Sorting, a new search and refresh() keep persistent indexes (the
 * view's selection and current row) on their samples wherever those now stand: every index
 * carries its sample's id as internalId(), so it knows its sample even after the case changed.
 *
 * The store is not owned and must outlive the model or be replaced with setStore(nullptr).
 */
class SampleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleTableModel)

public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 24;
    /// Persistent indexes followed to their samples' new rows; beyond, they are dropped.
    static constexpr int kMaxFollowed = 20000;

    explicit SampleTableModel(QObject *parent = nullptr);
    ~SampleTableModel() override;

    void setStore(CaseStore *store);
    CaseStore *store() const { return m_store; }
    /// Arrival times are shown in the case's time zone.
    void setTimeZone(const QTimeZone &zone);

    void setFilter(const SampleFilter &filter);
    const SampleFilter &filter() const { return m_query.filter; }
    /// Reads the count and the rows again (after an import added samples or an edit changed them).
    void refresh();

    /// The sample shown in `row`; 0 when there is none.
    qint64 sampleId(int row) const;
    /// The row of a sample under the current search and order; -1 when it does not match.
    int rowOfSample(qint64 id) const;
    /// How many page queries have run (benchmarks and tests: proof that paging pages).
    qint64 pagesFetched() const { return m_pagesFetched; }
    /// How many rows are held in memory right now.
    int cachedRows() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The number of matching samples changed (a new search, an import).
    void countChanged(qint64 count);

private:
    struct Query {
        SampleFilter filter;
        SampleSort sort = SampleSort::Arrival;
        Qt::SortOrder order = Qt::DescendingOrder;
    };
    struct Page {
        QList<SampleRow> rows;
        quint64 lastUse = 0;
    };

    const SampleRow *rowAt(int row) const;
    Page fetchPage(int pageIndex) const;
    int countFor(const Query &query) const;
    void update(const Query &next);
    QVariant displayData(const SampleRow &row, int column) const;

    CaseStore *m_store = nullptr;
    QTimeZone m_zone { QTimeZone::UTC };
    Query m_query;
    int m_count = 0;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable qint64 m_pagesFetched = 0;
};

} // namespace shoal
