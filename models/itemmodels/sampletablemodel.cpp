#include "itemmodels/sampletablemodel.h"

#include "itemmodels/displaytext.h"
#include "itemmodels/itemroles.h"
#include "metadata/vocabulary.h"

#include <algorithm>
#include <limits>

namespace shoal {

namespace {

Qt::SortOrder reversed(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

} // namespace

SampleTableModel::SampleTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

SampleTableModel::~SampleTableModel() = default;

void SampleTableModel::setStore(CaseStore *store)
{
    beginResetModel();
    m_store = store;
    m_pages.clear();
    m_count = countFor(m_query);
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void SampleTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, SampleColumn::Arrival), index(m_count - 1, SampleColumn::Arrival), { Qt::DisplayRole });
}

void SampleTableModel::setFilter(const SampleFilter &filter)
{
    Query next = m_query;
    next.filter = filter;
    update(next);
}

void SampleTableModel::refresh()
{
    update(m_query);
}

void SampleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= SampleColumn::ColumnCount)
        return;
    Query next = m_query;
    // The columns are in SampleSort's order.
    next.sort = SampleSort(column);
    next.order = order;
    update(next);
}

qint64 SampleTableModel::sampleId(int row) const
{
    const SampleRow *sample = rowAt(row);
    return sample ? sample->id : 0;
}

int SampleTableModel::rowOfSample(qint64 id) const
{
    if (!m_store)
        return -1;
    const QHash<qint64, qint64> positions = m_store->samplePositions(m_query.filter, m_query.sort, m_query.order, { id });
    const qint64 position = positions.value(id, -1);
    return position < m_count ? int(position) : -1;
}

int SampleTableModel::cachedRows() const
{
    int rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += int(page.rows.size());
    return rows;
}

int SampleTableModel::countFor(const Query &query) const
{
    if (!m_store)
        return 0;
    const qint64 count = m_store->countSamples(query.filter);
    return int(qBound(qint64(0), count, qint64(std::numeric_limits<int>::max())));
}

// A change of search, order or content. Rows added at the end first, then one layout change
// that moves every persistent index (selection, current row, editors) to where its sample now
// stands, then rows removed at the end: views keep their selection and scroll position.
void SampleTableModel::update(const Query &next)
{
    const int newCount = countFor(next);
    if (newCount > m_count) {
        beginInsertRows({}, m_count, newCount - 1);
        m_count = newCount;
        endInsertRows();
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Read after layoutAboutToBeChanged: the selection model saves its ranges as persistent
    // indexes while handling that signal.
    const QModelIndexList followed = persistentIndexList();
    QList<qint64> ids;
    if (followed.size() <= kMaxFollowed) {
        ids.reserve(followed.size());
        for (const QModelIndex &index : followed)
            ids << qint64(index.internalId());
    }
    m_query = next;
    m_pages.clear();
    const QHash<qint64, qint64> positions
        = m_store ? m_store->samplePositions(m_query.filter, m_query.sort, m_query.order, ids) : QHash<qint64, qint64>();
    QModelIndexList moved;
    moved.reserve(followed.size());
    for (qsizetype i = 0; i < followed.size(); ++i) {
        const qint64 position = i < ids.size() ? positions.value(ids[i], -1) : -1;
        moved << (position >= 0 && position < newCount ? createIndex(int(position), followed[i].column(), quintptr(ids[i]))
                                                       : QModelIndex());
    }
    changePersistentIndexList(followed, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    if (newCount < m_count) {
        beginRemoveRows({}, newCount, m_count - 1);
        m_count = newCount;
        endRemoveRows();
    }
    Q_EMIT countChanged(m_count);
}

SampleTableModel::Page SampleTableModel::fetchPage(int pageIndex) const
{
    Page page;
    const qint64 offset = qint64(pageIndex) * kPageSize;
    const int limit = int(qMin<qint64>(kPageSize, m_count - offset));
    if (limit <= 0)
        return page;
    ++m_pagesFetched;
    const qint64 fromEnd = m_count - (offset + limit);
    if (fromEnd < offset) {
        // Closer to the end: read it backwards from there (SQLite walks OFFSET rows one by one).
        page.rows = m_store->sampleRows(m_query.filter, m_query.sort, reversed(m_query.order), fromEnd, limit);
        std::reverse(page.rows.begin(), page.rows.end());
    } else {
        page.rows = m_store->sampleRows(m_query.filter, m_query.sort, m_query.order, offset, limit);
    }
    return page;
}

const SampleRow *SampleTableModel::rowAt(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    const int pageIndex = row / kPageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kMaxPages) {
            const auto oldest
                = std::min_element(m_pages.cbegin(), m_pages.cend(), [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
            m_pages.erase(oldest);
        }
        it = m_pages.insert(pageIndex, fetchPage(pageIndex));
    }
    it->lastUse = ++m_useClock;
    const int inPage = row - pageIndex * kPageSize;
    return inPage < it->rows.size() ? &it->rows[inPage] : nullptr;
}

QModelIndex SampleTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_count || column < 0 || column >= SampleColumn::ColumnCount)
        return {};
    return createIndex(row, column, quintptr(sampleId(row)));
}

int SampleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int SampleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SampleColumn::ColumnCount;
}

QVariant SampleTableModel::displayData(const SampleRow &row, int column) const
{
    switch (column) {
    case SampleColumn::Arrival:
        return displaytext::dateTime(row.arrivalUtc, m_zone);
    case SampleColumn::From:
        return displaytext::mailbox(row.fromName, row.fromAddress);
    case SampleColumn::Subject:
        return row.subject;
    case SampleColumn::Campaign:
        return row.campaign;
    case SampleColumn::Verdict:
        return displaytext::shortVocabularyName(verdicts(), row.verdict);
    case SampleColumn::Industry:
        return row.industry.isEmpty() ? QString() : displaytext::shortVocabularyName(industries(), row.industry);
    case SampleColumn::Attachments:
        return row.attachmentCount;
    case SampleColumn::Findings:
        return row.findingCount;
    }
    return {};
}

QVariant SampleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampleRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SampleColumn::Verdict)
            return displaytext::vocabularyName(verdicts(), row->verdict);
        if (index.column() == SampleColumn::Industry)
            return row->industry.isEmpty() ? QVariant() : displaytext::vocabularyName(industries(), row->industry);
        if (index.column() == SampleColumn::Arrival && row->arrivalUtc.isValid())
            return displaytext::dateTimeWithUtc(row->arrivalUtc, m_zone);
        return displayData(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SampleColumn::Attachments || index.column() == SampleColumn::Findings)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemRole::SampleId:
        return row->id;
    case ItemRole::ArrivalUtc:
        return row->arrivalUtc;
    case ItemRole::FromAddress:
        return row->fromAddress;
    case ItemRole::VerdictKey:
        return row->verdict;
    case ItemRole::IndustryKey:
        return row->industry;
    default:
        return {};
    }
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SampleColumn::Arrival:
        return role == Qt::DisplayRole ? tr("Arrival") : tr("Arrival time in the case's time zone");
    case SampleColumn::From:
        return tr("From");
    case SampleColumn::Subject:
        return tr("Subject");
    case SampleColumn::Campaign:
        return tr("Campaign");
    case SampleColumn::Verdict:
        return tr("Verdict");
    case SampleColumn::Industry:
        return tr("Industry");
    case SampleColumn::Attachments:
        return role == Qt::DisplayRole ? tr("Attachments") : tr("Number of attachments");
    case SampleColumn::Findings:
        return role == Qt::DisplayRole ? tr("Findings") : tr("Number of findings");
    }
    return {};
}

Qt::ItemFlags SampleTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace shoal
