#pragma once

#include "store/casestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

#include <functional>

namespace shoal {

/// Called after a command changed samples, with the ids it touched (refreshes the views).
using SamplesChanged = std::function<void(const QList<qint64> &ids)>;

/// Sets one metadata field of several samples; undo puts back each sample's own old value.
class SetMetadataCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(shoal::SetMetadataCommand)

public:
    SetMetadataCommand(CaseStore *store, const QList<qint64> &ids, MetadataField field, const QString &value, SamplesChanged changed,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// False when the store refused a write (a locked or read-only case).
    bool succeeded() const { return m_ok; }

    static QString fieldName(MetadataField field);

private:
    CaseStore *m_store;
    QList<qint64> m_ids;
    MetadataField m_field;
    QString m_value;
    QHash<qint64, QString> m_old;
    SamplesChanged m_changed;
    bool m_ok = true;
};

/// Adds or removes one tag on several samples; undo touches only the samples it changed.
class TagCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(shoal::TagCommand)

public:
    enum class Action { Add, Remove };
    TagCommand(CaseStore *store, const QList<qint64> &ids, const QString &tag, Action action, SamplesChanged changed,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    bool succeeded() const { return m_ok; }

private:
    bool apply(bool add);
    CaseStore *m_store;
    QList<qint64> m_changedIds; ///< the samples whose tags this command changes
    QString m_tag;
    Action m_action;
    SamplesChanged m_changed;
    bool m_ok = true;
};

} // namespace shoal
