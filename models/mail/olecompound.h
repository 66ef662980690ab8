#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace shoal::ole {

/// One storage or stream of a compound file. `children` index into CompoundFile::entry().
struct Entry {
    QString name;
    bool isStorage = false;
    quint32 size = 0; ///< the stream size the directory claims; 0 for storages
    QList<int> children;
};

/*!
 * \brief A read-only view of an OLE2 compound file (MS-CFB) held in memory, read with libolecf.
 *
 * The directory tree is read once on open(), bounded in depth and entry count, so that a hostile
 * file cannot make the walk run away; stream contents are read on demand by read(), which refuses
 * streams larger than the limit given. libolecf reads a private temporary copy of the bytes,
 * removed when the object is destroyed.
 */
class CompoundFile
{
public:
    CompoundFile();
    ~CompoundFile();
    CompoundFile(const CompoundFile &) = delete;
    CompoundFile &operator=(const CompoundFile &) = delete;

    /// Opens the compound file; false with `*error` set when libolecf cannot read its header or
    /// directory. `truncated` is set when the directory had more entries than are kept.
    bool open(const QByteArray &bytes, QString *error);

    bool wasTruncated() const { return m_truncated; }
    int root() const { return 0; }
    int entryCount() const { return int(m_entries.size()); }
    const Entry &entry(int index) const { return m_entries.at(index); }

    /// The child of `storage` with this name (compared case-insensitively, as MS-CFB does); -1.
    int child(int storage, QStringView name) const;

    /// The whole stream, or false with `*error` set when it is larger than `limit` or unreadable.
    bool read(int stream, qint64 limit, QByteArray *out, QString *error) const;

private:
    struct Private;
    void walk(void *item, int index, int depth);

    std::unique_ptr<Private> d;
    QList<Entry> m_entries;
    bool m_truncated = false;
};

} // namespace shoal::ole
