#include "analysis/attachmentfacts.h"

#include "util/digest.h"

#include <fuzzy.h>
#include <magic.h>

#include <memory>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace shoal {
namespace {

constexpr qsizetype kHashChunk = 1024 * 1024;
constexpr size_t kMagicBytes = 1024 * 1024;

/*
 * libmagic tests some formats at offsets from the end of the file (a zip's central directory),
 * and magic_buffer() cannot do those: it knows no end. So libmagic is given a file descriptor:
 * an in-memory file of the attachment's size holding its first and last 1 MB, the rest a hole.
 * libmagic reads no more than those two stretches, so the answer is the one for the whole file.
 */
class SparseMemoryFile
{
public:
    explicit SparseMemoryFile(QByteArrayView data)
    {
#ifdef __linux__
        m_fd = memfd_create("shoal-magic", MFD_CLOEXEC);
        if (m_fd < 0)
            return;
        const qsizetype stretch = qsizetype(kMagicBytes);
        const qsizetype tail = std::max(stretch, data.size() - stretch);
        if (ftruncate(m_fd, off_t(data.size())) != 0 || !writeAt(0, data.first(std::min(stretch, data.size())))
            || (tail < data.size() && !writeAt(tail, data.sliced(tail)))) {
            close(m_fd);
            m_fd = -1;
        }
#else
        Q_UNUSED(data)
#endif
    }
    ~SparseMemoryFile()
    {
#ifdef __linux__
        if (m_fd >= 0)
            close(m_fd);
#endif
    }
    SparseMemoryFile(const SparseMemoryFile &) = delete;
    SparseMemoryFile &operator=(const SparseMemoryFile &) = delete;

    /// The descriptor rewound to the start, or -1 when there is none (then use the buffer).
    int rewound() const
    {
#ifdef __linux__
        if (m_fd >= 0 && lseek(m_fd, 0, SEEK_SET) == 0)
            return m_fd;
#endif
        return -1;
    }

private:
#ifdef __linux__
    bool writeAt(qsizetype offset, QByteArrayView bytes) const
    {
        while (!bytes.isEmpty()) {
            const ssize_t written = pwrite(m_fd, bytes.data(), size_t(bytes.size()), off_t(offset));
            if (written <= 0)
                return false;
            bytes = bytes.sliced(written);
            offset += written;
        }
        return true;
    }
#endif
    int m_fd = -1;
};

/// One thread's libmagic handles: one answering the MIME type, one the description. Loading the
/// database takes milliseconds, so it happens once per thread, not once per file.
class MagicHandles
{
public:
    MagicHandles() : m_mime(open(MAGIC_MIME_TYPE)), m_description(open(MAGIC_NONE)) { }
    ~MagicHandles()
    {
        if (m_mime)
            magic_close(m_mime);
        if (m_description)
            magic_close(m_description);
    }
    MagicHandles(const MagicHandles &) = delete;
    MagicHandles &operator=(const MagicHandles &) = delete;

    QString mime(QByteArrayView data, const SparseMemoryFile &file) const { return ask(m_mime, data, file); }
    QString description(QByteArrayView data, const SparseMemoryFile &file) const { return ask(m_description, data, file); }

private:
    static magic_t open(int flags)
    {
        magic_t handle = magic_open(flags);
        if (!handle)
            return nullptr;
        if (magic_load(handle, nullptr) != 0) {
            magic_close(handle);
            return nullptr;
        }
        // libmagic reads this much from the start (and from the end) of the file, no more.
        const size_t bytes = kMagicBytes;
        magic_setparam(handle, MAGIC_PARAM_BYTES_MAX, &bytes);
        return handle;
    }

    static QString ask(magic_t handle, QByteArrayView data, const SparseMemoryFile &file)
    {
        if (!handle)
            return {};
        const int fd = file.rewound();
        const char *answer = fd >= 0 ? magic_descriptor(handle, fd)
                                     : magic_buffer(handle, data.data(), size_t(std::min<qsizetype>(data.size(), qsizetype(kMagicBytes))));
        return answer ? QString::fromUtf8(answer) : QString();
    }

    magic_t m_mime;
    magic_t m_description;
};

MagicHandles &magicHandles()
{
    thread_local MagicHandles handles;
    return handles;
}

struct FuzzyStateDeleter {
    void operator()(fuzzy_state *state) const { fuzzy_free(state); }
};

} // namespace

AttachmentFacts attachmentFacts(QByteArrayView data)
{
    AttachmentFacts facts;
    facts.size = data.size();

    const Digests digests = allDigests(data);
    facts.md5 = digests.md5;
    facts.sha1 = digests.sha1;
    facts.sha256 = digests.sha256;
    std::unique_ptr<fuzzy_state, FuzzyStateDeleter> fuzzy(fuzzy_new());
    bool fuzzyOk = fuzzy != nullptr;
    for (qsizetype offset = 0; fuzzyOk && offset < data.size(); offset += kHashChunk) {
        const QByteArrayView chunk = data.sliced(offset, std::min(kHashChunk, data.size() - offset));
        fuzzyOk = fuzzy_update(fuzzy.get(), reinterpret_cast<const unsigned char *>(chunk.data()), size_t(chunk.size())) == 0;
    }
    char digest[FUZZY_MAX_RESULT];
    if (fuzzyOk && fuzzy_digest(fuzzy.get(), digest, 0) == 0)
        facts.ssdeep = QString::fromLatin1(digest);

    const MagicHandles &magic = magicHandles();
    const SparseMemoryFile file(data);
    facts.trueMime = magic.mime(data, file);
    facts.trueType = magic.description(data, file);
    return facts;
}

int ssdeepSimilarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a.size() >= FUZZY_MAX_RESULT || b.size() >= FUZZY_MAX_RESULT)
        return -1;
    const QByteArray first = a.toLatin1();
    const QByteArray second = b.toLatin1();
    return fuzzy_compare(first.constData(), second.constData());
}

} // namespace shoal
