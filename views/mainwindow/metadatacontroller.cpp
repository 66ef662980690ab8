#include "mainwindow/metadatacontroller.h"

#include "mainwindow/metadatacommands.h"

#include <QUndoStack>

namespace shoal {

bool MetadataEdit::isEmpty() const
{
    return !reportingOrg && !industry && !arrivalUtc && !verdict && !notes && addTags.isEmpty() && removeTags.isEmpty();
}

MetadataController::MetadataController(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_undo->setObjectName(QStringLiteral("metadataUndo"));
}

MetadataController::~MetadataController() = default;

void MetadataController::setStore(CaseStore *store)
{
    m_undo->clear();
    m_store = store;
}

// QUndoStack::push() runs the command's redo(); its children report how their writes went.
bool MetadataController::push(QUndoCommand *command)
{
    m_undo->push(command);
    bool ok = true;
    const auto check = [&ok](const QUndoCommand *step) {
        if (const auto *set = dynamic_cast<const SetMetadataCommand *>(step))
            ok = set->succeeded() && ok;
        else if (const auto *tag = dynamic_cast<const TagCommand *>(step))
            ok = tag->succeeded() && ok;
    };
    check(command);
    for (int i = 0; i < command->childCount(); ++i)
        check(command->child(i));
    if (!ok)
        Q_EMIT failed(tr("The case could not be changed: %1").arg(m_store->lastError()));
    return ok;
}

bool MetadataController::setField(const QList<qint64> &ids, MetadataField field, const QString &value)
{
    if (!m_store || ids.isEmpty())
        return false;
    return push(
        new SetMetadataCommand(m_store, ids, field, value, [this](const QList<qint64> &changed) { Q_EMIT samplesChanged(changed); }));
}

bool MetadataController::changeTags(const QList<qint64> &ids, const QStringList &add, const QStringList &remove)
{
    MetadataEdit edit;
    edit.addTags = add;
    edit.removeTags = remove;
    return apply(ids, edit);
}

bool MetadataController::apply(const QList<qint64> &ids, const MetadataEdit &edit)
{
    if (!m_store || ids.isEmpty() || edit.isEmpty())
        return false;
    const SamplesChanged changed = [this](const QList<qint64> &touched) { Q_EMIT samplesChanged(touched); };
    auto *macro = new QUndoCommand(ids.size() == 1 ? tr("Edit metadata") : tr("Edit metadata of %1 samples").arg(ids.size()));
    const auto field = [&](const std::optional<QString> &value, MetadataField which) {
        if (value)
            new SetMetadataCommand(m_store, ids, which, *value, changed, macro);
    };
    field(edit.reportingOrg, MetadataField::ReportingOrg);
    field(edit.industry, MetadataField::Industry);
    if (edit.arrivalUtc)
        field(edit.arrivalUtc->toUTC().toString(Qt::ISODate), MetadataField::Arrival);
    field(edit.verdict, MetadataField::Verdict);
    field(edit.notes, MetadataField::Notes);
    const auto tags = [&](const QStringList &list, TagCommand::Action action) {
        for (const QString &tag : list) {
            if (!tag.trimmed().isEmpty())
                new TagCommand(m_store, ids, tag.trimmed(), action, changed, macro);
        }
    };
    tags(edit.addTags, TagCommand::Action::Add);
    tags(edit.removeTags, TagCommand::Action::Remove);
    if (macro->childCount() == 0) {
        delete macro;
        return false;
    }
    return push(macro);
}

} // namespace shoal
