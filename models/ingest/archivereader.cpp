#include "ingest/archivereader.h"

#include "ingest/inputwalker.h"
#include "mail/charset.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstdio>

namespace shoal::ingest {

namespace {

constexpr qint64 kBlockSize = 64 * 1024;

} // namespace

// The input libarchive reads through our callbacks: a file read in blocks, or bytes in memory.
struct ArchiveReader::Source {
    QFile file;
    QByteArray memory;
    bool inMemory = false;
    qint64 position = 0;
    qint64 consumed = 0;
    QByteArray block;

    qint64 size() const { return inMemory ? memory.size() : file.size(); }

    static la_ssize_t read(struct archive *archive, void *client, const void **buffer)
    {
        auto *self = static_cast<Source *>(client);
        if (self->inMemory) {
            const qint64 length = qBound<qint64>(0, self->memory.size() - self->position, kBlockSize);
            *buffer = self->memory.constData() + self->position;
            self->position += length;
            self->consumed += length;
            return la_ssize_t(length);
        }
        const qint64 length = self->file.read(self->block.data(), kBlockSize);
        if (length < 0) {
            archive_set_error(archive, EIO, "%s", qPrintable(self->file.errorString()));
            return ARCHIVE_FATAL;
        }
        *buffer = self->block.constData();
        self->consumed += length;
        return la_ssize_t(length);
    }

    static la_int64_t seek(struct archive *, void *client, la_int64_t offset, int whence)
    {
        auto *self = static_cast<Source *>(client);
        const qint64 current = self->inMemory ? self->position : self->file.pos();
        qint64 target = offset;
        if (whence == SEEK_CUR)
            target = current + offset;
        else if (whence == SEEK_END)
            target = self->size() + offset;
        if (target < 0)
            return ARCHIVE_FATAL;
        target = qMin(target, self->size());
        if (self->inMemory)
            self->position = target;
        else if (!self->file.seek(target))
            return ARCHIVE_FATAL;
        return target;
    }

    static la_int64_t skip(struct archive *archive, void *client, la_int64_t request)
    {
        auto *self = static_cast<Source *>(client);
        const qint64 current = self->inMemory ? self->position : self->file.pos();
        const la_int64_t reached = seek(archive, client, request, SEEK_CUR);
        return reached < 0 ? 0 : reached - current;
    }
};

ArchiveReader::ArchiveReader(const QStringList &passwords, bool rawStream)
    : m_source(std::make_unique<Source>()), m_archive(archive_read_new())
{
    archive_read_support_format_zip(m_archive);
    archive_read_support_format_7zip(m_archive);
    archive_read_support_format_rar(m_archive);
    archive_read_support_format_rar5(m_archive);
    archive_read_support_format_tar(m_archive);
    // Only for a bare compressed stream: raw accepts anything, so it must not get to see a
    // zip that the zip readers refused as damaged.
    if (rawStream)
        archive_read_support_format_raw(m_archive);
    archive_read_support_filter_gzip(m_archive);
    archive_read_support_filter_bzip2(m_archive);
    archive_read_support_filter_xz(m_archive);
    archive_read_support_filter_lzma(m_archive);
    archive_read_support_filter_zstd(m_archive);
    for (const QString &password : passwords)
        archive_read_add_passphrase(m_archive, password.toUtf8().constData());
}

ArchiveReader::~ArchiveReader()
{
    archive_read_free(m_archive);
}

bool ArchiveReader::openFile(const QString &path)
{
    m_source->file.setFileName(path);
    if (!m_source->file.open(QIODevice::ReadOnly)) {
        m_error = m_source->file.errorString();
        m_fatal = true;
        return false;
    }
    m_source->block.resize(kBlockSize);
    return open();
}

bool ArchiveReader::openMemory(const QByteArray &bytes)
{
    m_source->memory = bytes;
    m_source->inMemory = true;
    return open();
}

bool ArchiveReader::open()
{
    archive_read_set_read_callback(m_archive, &Source::read);
    archive_read_set_seek_callback(m_archive, &Source::seek);
    archive_read_set_skip_callback(m_archive, &Source::skip);
    archive_read_set_callback_data(m_archive, m_source.get());
    if (archive_read_open1(m_archive) != ARCHIVE_OK) {
        m_error = QString::fromUtf8(archive_error_string(m_archive));
        m_fatal = true;
        return false;
    }
    return true;
}

ArchiveReader::Next ArchiveReader::next()
{
    if (m_fatal)
        return Next::Failed;
    int status = ARCHIVE_RETRY;
    for (int attempt = 0; status == ARCHIVE_RETRY && attempt < 3; ++attempt)
        status = archive_read_next_header(m_archive, &m_entry);
    if (status == ARCHIVE_EOF)
        return Next::End;
    if ((status == ARCHIVE_OK || status == ARCHIVE_WARN) && isRawStream() && archive_filter_count(m_archive) < 2) {
        // The raw format takes anything; without a decompressing filter the stream was no
        // valid gzip/bzip2/xz/zstd and the "entry" would be the input itself, over and over.
        m_error = QStringLiteral("not a valid compressed stream");
        m_fatal = true;
        m_entry = nullptr;
        return Next::Failed;
    }
    if (status == ARCHIVE_OK || status == ARCHIVE_WARN)
        return Next::Entry;
    m_error = QString::fromUtf8(archive_error_string(m_archive)); // empty when libarchive has none
    m_fatal = status != ARCHIVE_FAILED;
    m_entry = nullptr;
    return Next::Failed;
}

QString ArchiveReader::entryName(const QString &archiveName) const
{
    if (!m_entry)
        return {};
    if (isRawStream()) {
        const QString base = archiveName.section(QLatin1Char('/'), -1).section(QLatin1Char('!'), -1);
        for (QLatin1StringView suffix : { QLatin1StringView(".gz"), QLatin1StringView(".bz2"), QLatin1StringView(".xz"),
                 QLatin1StringView(".zst"), QLatin1StringView(".lzma") }) {
            if (base.endsWith(suffix, Qt::CaseInsensitive) && base.size() > suffix.size())
                return base.chopped(suffix.size());
        }
        return base.endsWith(QLatin1StringView(".tgz"), Qt::CaseInsensitive) ? base.chopped(4) + QStringLiteral(".tar")
                                                                             : QStringLiteral("data");
    }
    // Zips made on Japanese Windows store CP932 names without the UTF-8 flag; libarchive then
    // hands the stored bytes back unchanged (no conversion is configured), so decode them here.
    const char *stored = archive_entry_pathname(m_entry);
    if (!stored) {
        const char *utf8 = archive_entry_pathname_utf8(m_entry);
        return utf8 ? QString::fromUtf8(utf8) : QString();
    }
    const QByteArrayView bytes(stored);
    if (bytes.isValidUtf8())
        return QString::fromUtf8(bytes);
    bool ok = false;
    const QString name = charset::decodeStrict(bytes, "cp932", &ok);
    return ok ? name : QString::fromLatin1(bytes);
}

bool ArchiveReader::entryIsFile() const
{
    // A tar hard link is a second name for data already seen, with none of its own.
    return m_entry && archive_entry_filetype(m_entry) == AE_IFREG && !archive_entry_hardlink(m_entry);
}

bool ArchiveReader::entryIsEncrypted() const
{
    return m_entry && archive_entry_is_data_encrypted(m_entry);
}

qint64 ArchiveReader::entryDeclaredSize() const
{
    return m_entry && archive_entry_size_is_set(m_entry) ? archive_entry_size(m_entry) : -1;
}

bool ArchiveReader::isRawStream() const
{
    return (archive_format(m_archive) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_RAW;
}

qint64 ArchiveReader::read(char *buffer, qint64 max)
{
    const la_ssize_t length = archive_read_data(m_archive, buffer, size_t(max));
    if (length >= 0)
        return length;
    m_error = QString::fromUtf8(archive_error_string(m_archive));
    if (length == ARCHIVE_FATAL)
        m_fatal = true;
    return -1;
}

QString ArchiveReader::errorString() const
{
    return m_error.isEmpty() ? QStringLiteral("no details from libarchive") : m_error;
}

QString ArchiveReader::formatName() const
{
    switch (archive_format(m_archive) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_ZIP:
        return QStringLiteral("zip");
    case ARCHIVE_FORMAT_7ZIP:
        return QStringLiteral("7z");
    case ARCHIVE_FORMAT_RAR:
    case ARCHIVE_FORMAT_RAR_V5:
        return QStringLiteral("rar");
    case ARCHIVE_FORMAT_TAR:
        return QStringLiteral("tar");
    default:
        break;
    }
    const char *filter = archive_filter_count(m_archive) > 1 ? archive_filter_name(m_archive, 0) : nullptr;
    return filter ? QString::fromLatin1(filter) : QString();
}

QString ArchiveReader::archiveLabel() const
{
    const QString format = formatName();
    return format.isEmpty() ? InputWalker::tr("archive") : InputWalker::tr("%1 archive").arg(format);
}

QString ArchiveReader::entryLabel() const
{
    const QString format = formatName();
    return format.isEmpty() ? InputWalker::tr("entry") : InputWalker::tr("%1 entry").arg(format);
}

qint64 ArchiveReader::consumedBytes() const
{
    return m_source->consumed;
}

} // namespace shoal::ingest
