#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace shoal::ingest {

/*!
 * \brief Visits the regular files under the paths an analyst dropped, in a fixed order.
 *
 * Given paths are taken in the order given; a folder's entries in order of their names
 * (code-unit order, so the same on every machine), hidden ones included (Maildir++ folders are
 * hidden), descending into folders where they stand. Symbolic links are followed, but each real
 * folder and each real file is visited once, so link loops end. Only names are listed up front,
 * never contents.
 */
class FileTree
{
public:
    /// Return false to stop.
    using FileVisitor = std::function<bool(const QString &path, bool explicitlyGiven)>;
    using ProblemVisitor = std::function<void(const QString &path, const QString &reason)>;

    FileTree(const std::atomic_bool &cancel, const FileVisitor &onFile, const ProblemVisitor &onProblem);

    void walk(const QStringList &paths);

private:
    bool visit(const QString &path, const QString &canonicalParent, bool explicitlyGiven);

    const std::atomic_bool &m_cancel;
    const FileVisitor &m_onFile;
    const ProblemVisitor &m_onProblem;
    QSet<QString> m_folders; ///< canonical paths of the folders entered
    QSet<size_t> m_files; ///< hashes of canonical file paths (a path each would cost too much memory)
    bool m_stop = false;
};

} // namespace shoal::ingest
