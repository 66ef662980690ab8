#include "itemmodels/navigatormodel.h"

#include "itemmodels/itemroles.h"
#include "store/casestore.h"

#include <QLocale>

#include <algorithm>

namespace shoal {

namespace {

QStandardItem *newItem(NavigatorModel::Kind kind, const QString &name, const QString &query = {})
{
    auto *item = new QStandardItem(name);
    item->setEditable(false);
    item->setData(int(kind), ItemRole::NavigatorKind);
    item->setData(name, ItemRole::NavigatorName);
    item->setData(query, ItemRole::NavigatorQuery);
    return item;
}

} // namespace

NavigatorModel::NavigatorModel(QObject *parent) : QStandardItemModel(parent)
{
    const std::pair<Kind, QString> tops[] = {
        { Kind::AllSamples, tr("All samples") },
        { Kind::Campaigns, tr("Campaigns") },
        { Kind::Tags, tr("Tags") },
        { Kind::SavedSearches, tr("Saved searches") },
        { Kind::ImportProblems, tr("Import problems") },
    };
    for (const auto &[kind, label] : tops) {
        QStandardItem *item = newItem(kind, label);
        if (kind == Kind::Campaigns || kind == Kind::Tags || kind == Kind::SavedSearches)
            item->setSelectable(false);
        appendRow(item);
    }
    reload();
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::setStore(CaseStore *store)
{
    m_store = store;
    reload();
}

QString NavigatorModel::fieldQuery(const QString &field, const QString &value)
{
    const bool plain = !value.isEmpty() && !value.contains(QLatin1Char('"'))
        && std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
    return plain ? field + QLatin1Char(':') + value : QStringLiteral("%1:\"%2\"").arg(field, QString(value).remove(QLatin1Char('"')));
}

QStandardItem *NavigatorModel::topItem(Kind kind) const
{
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem *candidate = item(row);
        if (candidate->data(ItemRole::NavigatorKind).toInt() == int(kind))
            return candidate;
    }
    return nullptr;
}

QModelIndex NavigatorModel::indexOf(Kind kind) const
{
    const QStandardItem *found = topItem(kind);
    return found ? found->index() : QModelIndex();
}

QModelIndex NavigatorModel::find(Kind parentKind, const QString &name) const
{
    const QStandardItem *parent = topItem(parentKind);
    for (int row = 0; parent && row < parent->rowCount(); ++row) {
        if (parent->child(row)->data(ItemRole::NavigatorName).toString() == name)
            return parent->child(row)->index();
    }
    return {};
}

void NavigatorModel::setCount(QStandardItem *item, const QString &label, qint64 count)
{
    item->setData(count, ItemRole::ItemCount);
    item->setText(m_store ? tr("%1 (%2)").arg(label, QLocale().toString(count)) : label);
    item->setData(item->text(), Qt::AccessibleTextRole);
}

void NavigatorModel::reload()
{
    QStandardItem *all = topItem(Kind::AllSamples);
    QStandardItem *campaigns = topItem(Kind::Campaigns);
    QStandardItem *tags = topItem(Kind::Tags);
    QStandardItem *saved = topItem(Kind::SavedSearches);
    QStandardItem *problems = topItem(Kind::ImportProblems);
    for (QStandardItem *parent : { campaigns, tags, saved })
        parent->removeRows(0, parent->rowCount());

    setCount(all, tr("All samples"), m_store ? m_store->sampleCount() : 0);
    setCount(problems, tr("Import problems"), m_store ? m_store->importFailureCount() : 0);
    const QList<NamedCount> campaignList = m_store ? m_store->campaignCounts() : QList<NamedCount>();
    for (const NamedCount &campaign : campaignList) {
        QStandardItem *item = newItem(Kind::Campaign, campaign.name, fieldQuery(QStringLiteral("campaign"), campaign.name));
        setCount(item, campaign.name, campaign.count);
        campaigns->appendRow(item);
    }
    const QList<NamedCount> tagList = m_store ? m_store->tagCounts() : QList<NamedCount>();
    for (const NamedCount &tag : tagList) {
        QStandardItem *item = newItem(Kind::Tag, tag.name, fieldQuery(QStringLiteral("tag"), tag.name));
        setCount(item, tag.name, tag.count);
        tags->appendRow(item);
    }
    const QList<SavedSearch> searches = m_store ? m_store->savedSearches() : QList<SavedSearch>();
    for (const SavedSearch &search : searches) {
        QStandardItem *item = newItem(Kind::SavedSearch, search.name, search.query);
        item->setToolTip(search.query);
        saved->appendRow(item);
    }
    setCount(campaigns, tr("Campaigns"), campaignList.size());
    setCount(tags, tr("Tags"), tagList.size());
    setCount(saved, tr("Saved searches"), searches.size());
}

} // namespace shoal
