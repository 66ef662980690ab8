#include "ingest/formatsniffer.h"

#include "ingest/inputwalker.h"

#include <QString>

#include <array>
#include <optional>

namespace shoal::ingest {

namespace {

constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");

// Lines of `data` without their terminator; CRLF, LF and bare CR all end a line because
// messages saved on old Macs use CR alone.
class LineCursor
{
public:
    explicit LineCursor(QByteArrayView data) : m_data(data) { }
    bool next(QByteArrayView *line)
    {
        if (m_pos >= m_data.size())
            return false;
        qsizetype end = m_pos;
        while (end < m_data.size() && m_data[end] != '\n' && m_data[end] != '\r')
            ++end;
        *line = m_data.sliced(m_pos, end - m_pos);
        if (end < m_data.size() && m_data[end] == '\r')
            ++end;
        if (end < m_data.size() && m_data[end] == '\n')
            ++end;
        m_pos = end;
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

QByteArrayView fieldName(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != ':' && line[end] != ' ' && line[end] != '\t')
        ++end;
    return line.first(end);
}

// Headers that nearly every message has; one of them must appear for strict recognition.
bool isUsualMailHeader(QByteArrayView name)
{
    static constexpr std::array<QByteArrayView, 28> kNames = {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "received",
        "return-path",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "sender",
        "reply-to",
        "in-reply-to",
        "references",
        "delivered-to",
        "x-mailer",
        "dkim-signature",
        "authentication-results",
        "received-spf",
        "x-original-to",
        "envelope-to",
        "arc-seal",
        "x-received",
        "thread-topic",
        "x-sender",
        "resent-from",
    };
    for (QByteArrayView known : kNames) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isByteCountLine(QByteArrayView line)
{
    const QByteArrayView digits = line.trimmed();
    if (digits.isEmpty() || digits.size() > 18)
        return false;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// A short human description of bytes that are not mail, for the failure report.
QString describeOther(QByteArrayView head)
{
    struct Magic {
        QByteArrayView bytes;
        const char *what;
    };
    static const Magic kMagics[] = {
        { "\x89PNG", QT_TRANSLATE_NOOP("shoal::InputWalker", "a PNG image") },
        { "\xFF\xD8\xFF", QT_TRANSLATE_NOOP("shoal::InputWalker", "a JPEG image") },
        { "GIF8", QT_TRANSLATE_NOOP("shoal::InputWalker", "a GIF image") },
        { "%PDF", QT_TRANSLATE_NOOP("shoal::InputWalker", "a PDF document") },
        { "MZ", QT_TRANSLATE_NOOP("shoal::InputWalker", "a Windows executable") },
        { "\x7F\x45\x4C\x46", QT_TRANSLATE_NOOP("shoal::InputWalker", "an ELF executable") },
        { "{\\rtf", QT_TRANSLATE_NOOP("shoal::InputWalker", "an RTF document") },
    };
    for (const Magic &magic : kMagics) {
        if (head.startsWith(magic.bytes))
            return InputWalker::tr(magic.what);
    }
    const QByteArrayView start = head.first(qMin<qsizetype>(head.size(), 1024));
    if (start.contains('\0'))
        return InputWalker::tr("binary data");
    const QByteArray lower = start.toByteArray().toLower();
    if (lower.contains("<html") || lower.contains("<!doctype html"))
        return InputWalker::tr("an HTML document");
    return InputWalker::tr("text without mail headers");
}

Sniffed other(QByteArrayView head)
{
    return Sniffed { Format::Other, {}, describeOther(head), false };
}

// Containers and other binary formats known by their magic bytes; nullopt for anything else.
std::optional<Sniffed> containerFormat(QByteArrayView head)
{
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Sniffed { Format::Ole2, {}, {}, false };
    // Local file header, empty archive, spanned-archive marker.
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08"))
        return Sniffed { Format::Archive, {}, {}, false };
    if (head.startsWith("7z\xBC\xAF\x27\x1C") || head.startsWith("Rar!\x1A\x07"))
        return Sniffed { Format::Archive, {}, {}, false };
    if (head.size() >= 262 && head.sliced(257, 5) == "ustar")
        return Sniffed { Format::Archive, {}, {}, false };
    const bool bzip2 = head.size() >= 10 && head.startsWith("BZh") && head[3] >= '1' && head[3] <= '9'
        && head.sliced(4, 6) == "\x31\x41\x59\x26\x53\x59";
    if (head.startsWith("\x1F\x8B") || bzip2 || head.startsWith(QByteArrayView("\xFD\x37\x7A\x58\x5A\x00", 6))
        || head.startsWith("\x28\xB5\x2F\xFD"))
        return Sniffed { Format::Compressed, {}, {}, false };
    // AppleDouble: the resource fork macOS stores as "._name" beside (or in __MACOSX/ of) a zip.
    if (head.startsWith(QByteArrayView("\x00\x05\x16\x07", 4)))
        return Sniffed { Format::Other, {}, InputWalker::tr("a macOS resource fork"), true };
    return std::nullopt;
}

} // namespace

bool isHeaderFieldLine(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && i <= 200) {
        const uchar c = uchar(line[i]);
        if (c == ':' || c <= 0x20 || c >= 0x7F)
            break;
        ++i;
    }
    if (i == 0)
        return false;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i < line.size() && line[i] == ':';
}

Sniffed sniff(QByteArrayView head, bool lenient)
{
    if (head.isEmpty())
        return Sniffed { Format::Empty, {}, {}, false };
    if (const std::optional<Sniffed> container = containerFormat(head))
        return *container;

    Sniffed result;
    QByteArrayView text = head;
    if (text.startsWith(kUtf8Bom)) {
        result.traits |= InputItem::Trait::Utf8Bom;
        text = text.sliced(kUtf8Bom.size());
    }

    LineCursor lines(text);
    QByteArrayView first;
    QByteArrayView second;
    if (!lines.next(&first))
        return other(head);
    const bool hasSecond = lines.next(&second);

    if (first.startsWith("From ")) {
        if (lenient || (hasSecond && isHeaderFieldLine(second))) {
            result.format = Format::Mbox;
            return result;
        }
        return other(head);
    }
    if (isByteCountLine(first) && hasSecond && isHeaderFieldLine(second)) {
        result.format = Format::Emlx;
        return result;
    }

    // Leading blank lines occur in saved messages (flanker fixtures); skip a few.
    LineCursor header(text);
    QByteArrayView line;
    int blankLines = 0;
    while (header.next(&line) && isBlank(line) && ++blankLines < 64) { }
    if (!isHeaderFieldLine(line))
        return other(head);
    if (lenient) {
        result.format = Format::Eml;
        return result;
    }
    for (int count = 0; count < 200; ++count) {
        if (isHeaderFieldLine(line) && isUsualMailHeader(fieldName(line))) {
            result.format = Format::Eml;
            return result;
        }
        if (!header.next(&line) || line.isEmpty())
            break;
    }
    return other(head);
}

bool isOutlookMessage(QByteArrayView whole)
{
    // Directory entry names are UTF-16LE; every .msg has property streams named so.
    static const QByteArray substg = QByteArray("_\0_\0s\0u\0b\0s\0t\0g\0"
                                                "1\0.\0"
                                                "0\0_\0",
        24);
    static const QByteArray properties = QByteArray("_\0_\0p\0r\0o\0p\0e\0r\0t\0i\0e\0s\0_\0", 26);
    return whole.indexOf(substg) >= 0 || whole.indexOf(properties) >= 0;
}

bool hasMailExtension(QStringView fileName)
{
    for (QLatin1StringView extension : { QLatin1StringView(".eml"), QLatin1StringView(".msg"), QLatin1StringView(".mbox"),
             QLatin1StringView(".mbx"), QLatin1StringView(".emlx") }) {
        if (fileName.endsWith(extension, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool hasSingleMessageExtension(QStringView fileName)
{
    return fileName.endsWith(QLatin1StringView(".eml"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1StringView(".msg"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1StringView(".emlx"), Qt::CaseInsensitive);
}

} // namespace shoal::ingest
