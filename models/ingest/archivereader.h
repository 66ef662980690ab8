#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct archive;
struct archive_entry;

namespace shoal::ingest {

/*!
 * \brief A thin RAII reader over libarchive for zip, 7z, rar, tar and gzip/bzip2/xz/zstd streams.
 *
 * Only those formats and in-process filters are enabled: libarchive's catch-all would also
 * accept ISO images, CAB, LHA... and run external programs (lrzip, lzop) for some filters.
 * Input is handed to libarchive in 64 KiB blocks and counted, so that callers can compare what
 * an archive expands to with what it has consumed (a zip bomb's ratio) while it is being read.
 */
class ArchiveReader
{
public:
    /// `passwords` are tried in order on encrypted entries. `rawStream`: the input is one
    /// compressed stream that may hold a single file rather than a tar.
    ArchiveReader(const QStringList &passwords, bool rawStream);
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    bool openFile(const QString &path);
    /// `bytes` must stay alive (it is implicitly shared, so keep a copy) while the reader is used.
    bool openMemory(const QByteArray &bytes);

    enum class Next { Entry, End, Failed };
    /// Moves to the next entry. After Failed, isFatal() tells whether more can follow.
    Next next();

    /// UTF-8, or CP932 (Japanese Windows zips), else Latin-1. The file in a bare compressed
    /// stream has no name of its own; it is named after the stream: "a.eml.gz" holds "a.eml".
    QString entryName(const QString &archiveName) const;
    bool entryIsFile() const;
    bool entryIsEncrypted() const;
    qint64 entryDeclaredSize() const; ///< -1 when the header does not say

    /// Up to `max` bytes of the current entry; 0 at its end, -1 on error.
    qint64 read(char *buffer, qint64 max);
    bool isFatal() const { return m_fatal; }
    QString errorString() const;
    /// "zip", "7z", "rar", "tar", "gzip"...: for messages; empty before the format is known.
    QString formatName() const;
    /// "zip archive" / "zip entry", or "archive" / "entry" when the format is unknown.
    QString archiveLabel() const;
    QString entryLabel() const;
    /// Bytes of the input handed to libarchive so far.
    qint64 consumedBytes() const;

private:
    struct Source;
    bool open();
    bool isRawStream() const;

    std::unique_ptr<Source> m_source;
    struct archive *m_archive = nullptr;
    struct archive_entry *m_entry = nullptr;
    bool m_fatal = false;
    QString m_error;
};

} // namespace shoal::ingest
