#include "mail/msgproperties.h"

#include "mail/charset.h"
#include "mail/olecompound.h"

#include <QTimeZone>
#include <QtEndian>

namespace shoal::msg {

namespace {

QString tagName(quint16 id, quint16 type)
{
    return QStringLiteral("__substg1.0_") + QString::asprintf("%04X%04X", id, type);
}

quint32 tag(quint16 id, quint16 type)
{
    return (quint32(id) << 16) | type;
}

bool isVariableType(quint16 type)
{
    // Strings, binaries, objects and every multi-valued type live in streams of their own.
    return type == PtString8 || type == PtUnicode || type == PtBinary || type == PtObject || type == 0x0048 || (type & 0x1000);
}

// A NUL-terminated string at `*position`, UTF-16LE or ANSI; advances past the terminator.
QString takeString(QByteArrayView data, qsizetype *position, bool unicode, QByteArrayView ansiCharset)
{
    qsizetype end = *position;
    if (unicode) {
        while (end + 1 < data.size() && (data[end] != 0 || data[end + 1] != 0))
            end += 2;
        const QByteArrayView raw = data.sliced(*position, std::min(end, data.size()) - *position);
        *position = end + 2;
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.data()), raw.size() / 2);
    }
    while (end < data.size() && data[end] != 0)
        ++end;
    const QByteArrayView raw = data.sliced(*position, end - *position);
    *position = end + 1;
    return charset::decode(raw, ansiCharset).text;
}

} // namespace

QList<MailAddress> parseFlatEntryList(QByteArrayView data, QByteArrayView ansiCharset)
{
    static const QByteArray oneOffProvider = QByteArray::fromHex("812B1FA4BEA310199D6E00DD010F5402");
    QList<MailAddress> result;
    if (data.size() < 8)
        return result;
    const quint32 count = qFromLittleEndian<quint32>(data.data());
    qsizetype position = 8;
    for (quint32 i = 0; i < count && position + 4 <= data.size() && result.size() < 1000; ++i) {
        const quint32 size = qFromLittleEndian<quint32>(data.data() + position);
        position += 4;
        if (size > quint32(data.size() - position))
            break;
        const QByteArrayView entry = data.sliced(position, qsizetype(size));
        position += (qsizetype(size) + 3) & ~qsizetype(3); // entries are padded to 4 bytes
        // flags (4), provider UID (16), version (2), flags (2), then the three strings.
        if (entry.size() < 24 || entry.sliced(4, 16) != oneOffProvider)
            continue;
        const bool unicode = (qFromLittleEndian<quint16>(entry.data() + 22) & 0x8000) != 0;
        qsizetype at = 24;
        MailAddress address;
        address.name = takeString(entry, &at, unicode, ansiCharset);
        const QString type = at < entry.size() ? takeString(entry, &at, unicode, ansiCharset) : QString();
        address.address = at < entry.size() ? takeString(entry, &at, unicode, ansiCharset) : QString();
        if (type.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) != 0 && !address.address.contains(QLatin1Char('@')))
            address.address.clear();
        if (!address.name.isEmpty() || !address.address.isEmpty())
            result.append(address);
    }
    return result;
}

PropertyBag::PropertyBag(const ole::CompoundFile &file, int storage, Kind kind, ReadBudget &budget, ParseNotes &notes, QString where)
    : m_file(file), m_storage(storage), m_budget(budget), m_notes(notes), m_where(std::move(where))
{
    readPropertyStream(kind);
}

void PropertyBag::readPropertyStream(Kind kind)
{
    const int index = m_file.child(m_storage, u"__properties_version1.0");
    if (index < 0) {
        m_notes.warning(QStringLiteral("msg-properties-missing"),
            QStringLiteral("%1: no property stream; dates, flags and code pages are unknown").arg(m_where));
        return;
    }
    QByteArray data;
    QString error;
    if (!m_file.read(index, std::min<qint64>(m_budget.perStream, m_budget.remaining), &data, &error))
        m_notes.warning(QStringLiteral("msg-stream-unreadable"), QStringLiteral("%1: property stream: %2").arg(m_where, error));
    m_budget.remaining -= data.size();
    // MS-OXMSG 2.4.1: the header is 32 bytes for the message, 24 for an embedded message and 8 for
    // recipients and attachments; then one 16-byte entry per property.
    const qsizetype header = kind == Kind::Message ? 32 : kind == Kind::EmbeddedMessage ? 24 : 8;
    if (data.size() < header) {
        if (!data.isEmpty())
            m_notes.warning(QStringLiteral("msg-bad-size"),
                QStringLiteral("%1: property stream of %2 bytes is shorter than its header").arg(m_where).arg(data.size()));
        return;
    }
    if ((data.size() - header) % 16 != 0)
        m_notes.info(QStringLiteral("msg-bad-size"),
            QStringLiteral("%1: property stream has %2 stray bytes at its end").arg(m_where).arg((data.size() - header) % 16));
    for (qsizetype offset = header; offset + 16 <= data.size(); offset += 16) {
        const auto *entry = reinterpret_cast<const uchar *>(data.constData() + offset);
        const quint16 type = qFromLittleEndian<quint16>(entry);
        const quint16 id = qFromLittleEndian<quint16>(entry + 2);
        if (isVariableType(type))
            m_declaredSizes.insert(tag(id, type), qFromLittleEndian<quint32>(entry + 8));
        else
            m_fixed.insert(tag(id, type), data.mid(offset + 8, 8));
    }
}

std::optional<QByteArray> PropertyBag::stream(quint16 id, quint16 type) const
{
    const QString name = tagName(id, type);
    const int index = m_file.child(m_storage, name);
    const auto declared = m_declaredSizes.constFind(tag(id, type));
    if (index < 0) {
        if (declared != m_declaredSizes.constEnd() && *declared > 0)
            m_notes.warning(QStringLiteral("msg-stream-missing"),
                QStringLiteral("%1: property %2 is listed but its stream is missing").arg(m_where, name.mid(12)));
        return std::nullopt;
    }
    if (m_file.entry(index).isStorage)
        return std::nullopt;
    QByteArray data;
    QString error;
    if (!m_file.read(index, std::min<qint64>(m_budget.perStream, m_budget.remaining), &data, &error)) {
        m_notes.warning(QStringLiteral("msg-stream-unreadable"), QStringLiteral("%1: %2").arg(m_where, error));
        if (data.isEmpty())
            return std::nullopt;
    }
    m_budget.remaining -= data.size();
    // MS-OXMSG 2.4.2.2: the size of a string counts its terminator, which the stream leaves out.
    const quint32 terminator = type == PtUnicode ? 2 : type == PtString8 ? 1 : 0;
    if (declared != m_declaredSizes.constEnd() && *declared != quint32(data.size()) && *declared != quint32(data.size()) + terminator
        && type != PtObject)
        m_notes.info(QStringLiteral("msg-bad-size"),
            QStringLiteral("%1: property %2 declares %3 bytes but its stream has %4; the stream was used")
                .arg(m_where, name.mid(12))
                .arg(*declared)
                .arg(data.size()));
    return data;
}

std::optional<qint32> PropertyBag::integer(quint16 id) const
{
    if (const auto found = m_fixed.constFind(tag(id, PtLong)); found != m_fixed.constEnd())
        return qFromLittleEndian<qint32>(found->constData());
    if (const auto found = m_fixed.constFind(tag(id, PtShort)); found != m_fixed.constEnd())
        return qFromLittleEndian<qint16>(found->constData());
    return std::nullopt;
}

std::optional<bool> PropertyBag::boolean(quint16 id) const
{
    if (const auto found = m_fixed.constFind(tag(id, PtBoolean)); found != m_fixed.constEnd())
        return found->at(0) != 0;
    return std::nullopt;
}

QDateTime PropertyBag::time(quint16 id) const
{
    const auto found = m_fixed.constFind(tag(id, PtSystime));
    if (found == m_fixed.constEnd())
        return {};
    // FILETIME: 100 ns ticks since 1601-01-01 UTC. Outside 1900..2200 it is a placeholder
    // ("never", zero) or damage, not a date worth showing.
    const qint64 ticks = qFromLittleEndian<qint64>(found->constData());
    constexpr qint64 kEpochDifferenceMs = 11644473600000LL;
    if (ticks <= 0)
        return {};
    const QDateTime result = QDateTime::fromMSecsSinceEpoch(ticks / 10000 - kEpochDifferenceMs, QTimeZone::UTC);
    if (result.date().year() < 1900 || result.date().year() > 2200)
        return {};
    return result;
}

std::optional<QByteArray> PropertyBag::binary(quint16 id) const
{
    return stream(id, PtBinary);
}

std::optional<QByteArray> PropertyBag::ansiBytes(quint16 id) const
{
    std::optional<QByteArray> bytes = stream(id, PtString8);
    if (bytes) {
        while (bytes->endsWith('\0'))
            bytes->chop(1);
    }
    return bytes;
}

std::optional<QString> PropertyBag::string(quint16 id) const
{
    if (std::optional<QByteArray> utf16 = stream(id, PtUnicode)) {
        if (utf16->size() % 2 != 0) {
            m_notes.info(QStringLiteral("msg-bad-size"),
                QStringLiteral("%1: UTF-16 property %2 has an odd length").arg(m_where, tagName(id, PtUnicode).mid(12)));
            utf16->chop(1);
        }
        QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(utf16->constData()), utf16->size() / 2);
        while (text.endsWith(QChar(0)))
            text.chop(1);
        return text;
    }
    const std::optional<QByteArray> bytes = ansiBytes(id);
    if (!bytes)
        return std::nullopt;
    if (!m_ansiNote.isEmpty() && !bytes->isEmpty())
        m_notes.info(QStringLiteral("msg-codepage-inferred"), m_ansiNote);
    const charset::Decoded decoded = charset::decode(*bytes, m_ansiCharset);
    charset::noteDecoding(decoded, m_ansiCharset, m_where + QStringLiteral(" ANSI string"), m_notes);
    return decoded.text;
}

int PropertyBag::objectStorage(quint16 id) const
{
    const int index = m_file.child(m_storage, tagName(id, PtObject));
    return index >= 0 && m_file.entry(index).isStorage ? index : -1;
}

} // namespace shoal::msg
