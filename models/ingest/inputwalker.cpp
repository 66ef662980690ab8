#include "ingest/inputwalker.h"

#include "ingest/filetree.h"
#include "ingest/walksession.h"

namespace shoal {

InputWalker::InputWalker(QStringList passwords, WalkLimits limits) : m_passwords(std::move(passwords)), m_limits(limits)
{
}

void InputWalker::walk(const QStringList &paths, const ItemCallback &onItem, const FailureCallback &onFailure,
    const std::atomic_bool &cancel, const ProgressCallback &onProgress) const
{
    ingest::WalkSession session(m_passwords, m_limits, onItem, onFailure, cancel);
    qint64 done = 0;
    const ingest::FileTree::FileVisitor onFile = [&](const QString &path, bool explicitlyGiven) {
        session.walkFile(path, path, explicitlyGiven);
        if (onProgress)
            onProgress(++done);
        return !session.stopped();
    };
    const ingest::FileTree::ProblemVisitor onProblem
        = [&](const QString &path, const QString &reason) { onFailure(InputFailure { path, reason }); };
    ingest::FileTree(cancel, onFile, onProblem).walk(paths);
}

void InputWalker::walkBytes(const QString &origin, const QByteArray &bytes, const ItemCallback &onItem, const FailureCallback &onFailure,
    const std::atomic_bool &cancel) const
{
    ingest::WalkSession session(m_passwords, m_limits, onItem, onFailure, cancel);
    session.walkBlob(origin, bytes);
}

qint64 InputWalker::countCandidates(const QStringList &paths, const std::atomic_bool &cancel)
{
    qint64 count = 0;
    const ingest::FileTree::FileVisitor onFile = [&count](const QString &, bool) {
        ++count;
        return true;
    };
    const ingest::FileTree::ProblemVisitor onProblem = [](const QString &, const QString &) { };
    ingest::FileTree(cancel, onFile, onProblem).walk(paths);
    return count;
}

} // namespace shoal
