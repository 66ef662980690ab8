#pragma once

#include "store/casestore.h"

#include <QObject>

#include <optional>

class QUndoCommand;
class QUndoStack;

namespace shoal {

/// The changes the metadata dialog asks for on a selection; unset fields stay as they are.
struct MetadataEdit {
    std::optional<QString> reportingOrg;
    std::optional<QString> industry;
    std::optional<QDateTime> arrivalUtc;
    std::optional<QString> verdict;
    std::optional<QString> notes;
    QStringList addTags;
    QStringList removeTags;

    bool isEmpty() const;
};

/*!
 * \brief Analyst metadata edits as undoable commands (Ctrl+Z / Ctrl+Shift+Z) on the open case.
 * The inspector (one sample) and the metadata dialog (a selection) both go through it; one edit
 * of several fields is one step of undo.
 */
class MetadataController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataController)

public:
    explicit MetadataController(QObject *parent = nullptr);
    ~MetadataController() override;

    QUndoStack *undoStack() const { return m_undo; }
    /// A new case: its own history, so the undo stack is emptied.
    void setStore(CaseStore *store);

    bool setField(const QList<qint64> &ids, MetadataField field, const QString &value);
    bool changeTags(const QList<qint64> &ids, const QStringList &add, const QStringList &remove);
    bool apply(const QList<qint64> &ids, const MetadataEdit &edit);

Q_SIGNALS:
    void samplesChanged(const QList<qint64> &ids);
    /// A write failed (e.g. the case is locked by another program).
    void failed(const QString &message);

private:
    bool push(QUndoCommand *command);
    CaseStore *m_store = nullptr;
    QUndoStack *m_undo;
};

} // namespace shoal
