#include "ingest/filetree.h"

#include "ingest/formatsniffer.h"
#include "ingest/inputwalker.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace shoal::ingest {

FileTree::FileTree(const std::atomic_bool &cancel, const FileVisitor &onFile, const ProblemVisitor &onProblem)
    : m_cancel(cancel), m_onFile(onFile), m_onProblem(onProblem)
{
}

void FileTree::walk(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (m_stop || m_cancel.load(std::memory_order_relaxed))
            return;
        visit(QFileInfo(path).absoluteFilePath(), QString(), true);
    }
}

bool FileTree::visit(const QString &path, const QString &canonicalParent, bool explicitlyGiven)
{
    if (m_stop || m_cancel.load(std::memory_order_relaxed))
        return false;
    const QFileInfo info(path);
    // Problems with things not named as mail, deep in a tree, are nobody's concern.
    const bool report = explicitlyGiven || hasMailExtension(info.fileName());
    if (!info.exists()) {
        if (report)
            m_onProblem(path, info.isSymLink() ? InputWalker::tr("broken symbolic link") : InputWalker::tr("no such file or folder"));
        return true;
    }
    if (info.isDir()) {
        const QString canonical = info.canonicalFilePath();
        if (m_folders.contains(canonical))
            return true; // a link back to a folder already entered
        m_folders.insert(canonical);
        if (!info.isReadable() || !info.isExecutable()) {
            m_onProblem(path, InputWalker::tr("cannot list this folder: permission denied"));
            return true;
        }
        QStringList names;
        QDirIterator entries(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        while (entries.hasNext())
            names.append(entries.nextFileInfo().fileName());
        std::sort(names.begin(), names.end());
        for (const QString &name : std::as_const(names)) {
            if (!visit(path + QLatin1Char('/') + name, canonical, false))
                return false;
        }
        return true;
    }
    if (!info.isFile()) {
        if (report)
            m_onProblem(path, InputWalker::tr("not a regular file (a device, socket or pipe)"));
        return true;
    }
    // Inside a canonical folder a plain file's canonical path is known without asking the disk.
    const QString canonical
        = info.isSymLink() || canonicalParent.isEmpty() ? info.canonicalFilePath() : canonicalParent + QLatin1Char('/') + info.fileName();
    const size_t key = qHash(canonical, size_t(0x5ea1));
    if (m_files.contains(key))
        return true;
    m_files.insert(key);
    if (!m_onFile(path, explicitlyGiven))
        m_stop = true;
    return !m_stop;
}

} // namespace shoal::ingest
