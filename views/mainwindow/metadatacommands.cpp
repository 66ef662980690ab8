#include "mainwindow/metadatacommands.h"

namespace shoal {

namespace {

QString changedBy()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace

SetMetadataCommand::SetMetadataCommand(
    CaseStore *store, const QList<qint64> &ids, MetadataField field, const QString &value, SamplesChanged changed, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_ids(ids)
    , m_field(field)
    , m_value(value)
    , m_old(store->metadataValues(ids, field))
    , m_changed(std::move(changed))
{
    setText(ids.size() == 1 ? tr("Set %1").arg(fieldName(field)) : tr("Set %1 of %2 samples").arg(fieldName(field)).arg(ids.size()));
}

QString SetMetadataCommand::fieldName(MetadataField field)
{
    switch (field) {
    case MetadataField::ReportingOrg:
        return tr("reporting organisation");
    case MetadataField::Industry:
        return tr("industry");
    case MetadataField::Arrival:
        return tr("arrival time");
    case MetadataField::Verdict:
        return tr("verdict");
    case MetadataField::Notes:
        return tr("notes");
    }
    return {};
}

void SetMetadataCommand::redo()
{
    m_ok = true;
    for (qint64 id : std::as_const(m_ids)) {
        if (m_old.value(id) != m_value)
            m_ok = m_store->setMetadata(id, m_field, m_value, changedBy()) && m_ok;
    }
    m_changed(m_ids);
}

void SetMetadataCommand::undo()
{
    for (qint64 id : std::as_const(m_ids)) {
        const QString old = m_old.value(id);
        // An arrival the sample never had cannot be put back as "none"; it keeps the new one.
        if (old != m_value && !(m_field == MetadataField::Arrival && old.isEmpty()))
            m_store->setMetadata(id, m_field, old, changedBy());
    }
    m_changed(m_ids);
}

TagCommand::TagCommand(
    CaseStore *store, const QList<qint64> &ids, const QString &tag, Action action, SamplesChanged changed, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_tag(tag), m_action(action), m_changed(std::move(changed))
{
    const QSet<qint64> tagged = store->samplesWithTag(ids, tag);
    for (qint64 id : ids) {
        if (tagged.contains(id) == (action == Action::Remove))
            m_changedIds << id;
    }
    const QString name = action == Action::Add ? tr("Add tag \"%1\"") : tr("Remove tag \"%1\"");
    setText(name.arg(tag));
}

bool TagCommand::apply(bool add)
{
    bool ok = true;
    for (qint64 id : std::as_const(m_changedIds))
        ok = (add ? m_store->addTag(id, m_tag, changedBy()) : m_store->removeTag(id, m_tag, changedBy())) && ok;
    m_changed(m_changedIds);
    return ok;
}

void TagCommand::redo()
{
    m_ok = apply(m_action == Action::Add);
}

void TagCommand::undo()
{
    apply(m_action != Action::Add);
}

} // namespace shoal
