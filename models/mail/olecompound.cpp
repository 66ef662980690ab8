#include "mail/olecompound.h"

#include <QDir>
#include <QTemporaryFile>

#include <libolecf.h>

#include <vector>

namespace shoal::ole {

namespace {

// An Outlook item has a few hundred entries; a directory of more is damaged or hostile.
constexpr int kMaxEntries = 50000;
// Messages nest messages as storages; 64 levels is far beyond any real item (the reader itself
// stops at 16) and keeps the recursion shallow.
constexpr int kMaxDepth = 64;

QString takeError(libolecf_error_t **error)
{
    if (!error || !*error)
        return QStringLiteral("unknown libolecf error");
    char text[512] = {};
    libolecf_error_sprint(*error, text, sizeof(text));
    libolecf_error_free(error);
    // libolecf prints a chain of "function: message" lines; the last one says what went wrong.
    const QString all = QString::fromUtf8(text).trimmed();
    const qsizetype lastLine = all.lastIndexOf(QLatin1Char('\n'));
    return lastLine < 0 ? all : all.mid(lastLine + 1);
}

QString itemName(libolecf_item_t *item)
{
    size_t size = 0;
    if (libolecf_item_get_utf16_name_size(item, &size, nullptr) != 1 || size == 0 || size > 1024)
        return {};
    std::vector<uint16_t> name(size, 0);
    if (libolecf_item_get_utf16_name(item, name.data(), size, nullptr) != 1)
        return {};
    QString result = QString::fromUtf16(reinterpret_cast<const char16_t *>(name.data()), qsizetype(size));
    const qsizetype nul = result.indexOf(QChar(0));
    if (nul >= 0)
        result.truncate(nul);
    return result;
}

} // namespace

struct CompoundFile::Private {
    QTemporaryFile copy;
    libolecf_file_t *file = nullptr;
    std::vector<libolecf_item_t *> items; ///< parallel to m_entries
};

CompoundFile::CompoundFile() : d(std::make_unique<Private>())
{
}

CompoundFile::~CompoundFile()
{
    for (libolecf_item_t *&item : d->items)
        libolecf_item_free(&item, nullptr);
    if (d->file) {
        libolecf_file_close(d->file, nullptr);
        libolecf_file_free(&d->file, nullptr);
    }
}

bool CompoundFile::open(const QByteArray &bytes, QString *error)
{
    // libolecf reads through libbfio, whose in-memory handle (Debian's 20170123) copies whole
    // sectors past the end of a short buffer; a private temporary copy read through the file
    // handle is bounded by the kernel instead.
    d->copy.setFileTemplate(QDir::tempPath() + QStringLiteral("/shoal-msg-XXXXXX"));
    if (!d->copy.open() || d->copy.write(bytes) != bytes.size() || !d->copy.flush()) {
        *error = QStringLiteral("cannot write a temporary copy to read: ") + d->copy.errorString();
        return false;
    }
    libolecf_error_t *olecfError = nullptr;
    if (libolecf_file_initialize(&d->file, &olecfError) != 1) {
        *error = takeError(&olecfError);
        return false;
    }
    const QByteArray path = QFile::encodeName(d->copy.fileName());
    if (libolecf_file_open(d->file, path.constData(), LIBOLECF_OPEN_READ, &olecfError) != 1) {
        *error = QStringLiteral("not a readable OLE2 compound file: ") + takeError(&olecfError);
        libolecf_file_free(&d->file, nullptr);
        return false;
    }
    libolecf_item_t *rootItem = nullptr;
    if (libolecf_file_get_root_item(d->file, &rootItem, &olecfError) != 1 || !rootItem) {
        *error = QStringLiteral("the compound file has no root storage: ") + takeError(&olecfError);
        return false;
    }
    d->items.push_back(rootItem);
    m_entries.append(Entry { itemName(rootItem), true, 0, {} });
    walk(rootItem, 0, 0);
    return true;
}

void CompoundFile::walk(void *opaque, int index, int depth)
{
    auto *item = static_cast<libolecf_item_t *>(opaque);
    int count = 0;
    if (libolecf_item_get_number_of_sub_items(item, &count, nullptr) != 1)
        return;
    for (int i = 0; i < count; ++i) {
        if (m_entries.size() >= kMaxEntries) {
            m_truncated = true;
            return;
        }
        libolecf_item_t *sub = nullptr;
        if (libolecf_item_get_sub_item(item, i, &sub, nullptr) != 1 || !sub)
            continue;
        uint8_t type = 0;
        uint32_t size = 0;
        libolecf_item_get_type(sub, &type, nullptr);
        const bool isStorage = type == LIBOLECF_ITEM_TYPE_STORAGE || type == LIBOLECF_ITEM_TYPE_ROOT_STORAGE;
        if (!isStorage && libolecf_item_get_size(sub, &size, nullptr) != 1)
            size = 0;
        const int subIndex = int(m_entries.size());
        d->items.push_back(sub);
        m_entries.append(Entry { itemName(sub), isStorage, isStorage ? 0 : size, {} });
        m_entries[index].children.append(subIndex);
        if (isStorage) {
            if (depth + 1 >= kMaxDepth)
                m_truncated = true;
            else
                walk(sub, subIndex, depth + 1);
        }
    }
}

int CompoundFile::child(int storage, QStringView name) const
{
    if (storage < 0 || storage >= m_entries.size())
        return -1;
    for (int index : m_entries.at(storage).children) {
        if (m_entries.at(index).name.compare(name, Qt::CaseInsensitive) == 0)
            return index;
    }
    return -1;
}

bool CompoundFile::read(int stream, qint64 limit, QByteArray *out, QString *error) const
{
    out->clear();
    if (stream < 0 || stream >= m_entries.size() || m_entries.at(stream).isStorage) {
        *error = QStringLiteral("not a stream");
        return false;
    }
    const quint32 size = m_entries.at(stream).size;
    if (qint64(size) > limit) {
        *error = QStringLiteral("stream %1 claims %2 bytes, more than the %3 allowed").arg(m_entries.at(stream).name).arg(size).arg(limit);
        return false;
    }
    if (size == 0)
        return true;
    out->resize(qsizetype(size));
    libolecf_error_t *olecfError = nullptr;
    const ssize_t got = libolecf_stream_read_buffer_at_offset(
        d->items.at(size_t(stream)), reinterpret_cast<uint8_t *>(out->data()), size, 0, &olecfError);
    if (got < 0) {
        *error = QStringLiteral("stream %1 is unreadable: %2").arg(m_entries.at(stream).name, takeError(&olecfError));
        out->clear();
        return false;
    }
    if (got < qint64(size)) {
        *error = QStringLiteral("stream %1 ends after %2 of its %3 bytes").arg(m_entries.at(stream).name).arg(got).arg(size);
        out->truncate(qsizetype(got));
        return false;
    }
    return true;
}

} // namespace shoal::ole
