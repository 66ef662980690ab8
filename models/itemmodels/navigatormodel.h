#pragma once

#include <QStandardItemModel>

namespace shoal {

class CaseStore;

/*!
 * \brief The navigator: All samples, Campaigns, Tags, Saved searches and Import problems, each
 * with its count; campaigns, tags and saved searches list their entries below.
 *
 * An entry stands for a search (ItemRole::NavigatorQuery, in the search bar's language), so
 * choosing it is the same as typing that search. reload() keeps the top-level items, so a view
 * keeps what it expanded.
 */
class NavigatorModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorModel)

public:
    enum class Kind { AllSamples, Campaigns, Campaign, Tags, Tag, SavedSearches, SavedSearch, ImportProblems };
    Q_ENUM(Kind)

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    /// The store is not owned; nullptr shows the entries without counts.
    void setStore(CaseStore *store);
    void reload();

    QModelIndex indexOf(Kind kind) const; ///< a top-level entry
    /// The child of `parentKind` (Tags, Campaigns, SavedSearches) called `name`; invalid if none.
    QModelIndex find(Kind parentKind, const QString &name) const;

    /// `field:value`, quoted when the value holds spaces ("tag:\"needs review\"").
    static QString fieldQuery(const QString &field, const QString &value);

private:
    QStandardItem *topItem(Kind kind) const;
    void setCount(QStandardItem *item, const QString &label, qint64 count);
    CaseStore *m_store = nullptr;
};

} // namespace shoal
