#include "analysis/hostnames.h"

#include <QByteArray>
#include <QList>
#include <QVarLengthArray>

#include <libpsl.h>
#include <unicode/uidna.h>

#include <arpa/inet.h>

namespace shoal {
namespace {

// libpsl's built-in list is compiled into the library, immutable and safe to share between
// threads; psl_latest() is the fallback for a libpsl built without one.
const psl_ctx_t *publicSuffixes()
{
    static const psl_ctx_t *const context = [] {
        const psl_ctx_t *builtin = psl_builtin();
        return builtin ? builtin : static_cast<const psl_ctx_t *>(psl_latest(nullptr));
    }();
    return context;
}

// One UTS #46 converter for the process: ICU documents UIDNA as immutable once opened, so
// concurrent use from several import threads is fine. Non-transitional, as browsers do ("ß"
// stays "ß"); no STD3 rules, because real host names carry underscores.
const UIDNA *uts46()
{
    static const UIDNA *const idna = [] {
        UErrorCode error = U_ZERO_ERROR;
        UIDNA *opened = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE, &error);
        return U_SUCCESS(error) ? opened : nullptr;
    }();
    return idna;
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Full stops other than '.' that UTS #46 maps to '.' (ideographic, full-width, half-width).
QString withPlainDots(QStringView domain)
{
    QString result = domain.toString();
    for (QChar &c : result) {
        if (c == QChar(0x3002) || c == QChar(0xFF0E) || c == QChar(0xFF61))
            c = QLatin1Char('.');
    }
    return result;
}

enum class Direction { ToUnicode, ToAscii };

QString convertLabel(QStringView label, Direction direction)
{
    const bool ascii = isAscii(label);
    const bool ace = label.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive);
    if (ascii && (direction == Direction::ToAscii || !ace))
        return label.toString().toLower();
    const UIDNA *idna = uts46();
    if (!idna || label.size() > 255)
        return label.toString().toLower();
    char16_t buffer[512];
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode error = U_ZERO_ERROR;
    const auto source = reinterpret_cast<const UChar *>(label.utf16());
    const int32_t length = direction == Direction::ToUnicode
        ? uidna_labelToUnicode(idna, source, int32_t(label.size()), buffer, 512, &info, &error)
        : uidna_labelToASCII(idna, source, int32_t(label.size()), buffer, 512, &info, &error);
    if (U_FAILURE(error) || info.errors != 0 || length <= 0 || length > 512)
        return label.toString().toLower();
    return QString::fromUtf16(buffer, length);
}

// True for "xn--" (any case) at the start of a label. Called for every host found: a plain loop
// rather than Qt's case-insensitive search, which folds case character by character.
bool hasAceLabel(QStringView domain)
{
    for (qsizetype i = 0; i + 3 < domain.size(); ++i) {
        if ((i == 0 || domain[i - 1] == QLatin1Char('.')) && (domain[i].unicode() | 0x20) == u'x'
            && (domain[i + 1].unicode() | 0x20) == u'n' && domain[i + 2] == QLatin1Char('-') && domain[i + 3] == QLatin1Char('-'))
            return true;
    }
    return false;
}

QString convertDomain(QStringView domain, Direction direction)
{
    const QString plain = withPlainDots(domain);
    if (isAscii(plain) && !hasAceLabel(plain))
        return plain.toLower();
    QString result;
    result.reserve(plain.size());
    qsizetype start = 0;
    while (start <= plain.size()) {
        qsizetype dot = plain.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = plain.size();
        if (start > 0)
            result += QLatin1Char('.');
        result += convertLabel(QStringView(plain).mid(start, dot - start), direction);
        start = dot + 1;
    }
    return result;
}

bool isLabelCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
    return c.isLetterOrNumber() || c.isMark();
}

// Reads one number of a WHATWG IPv4 part: decimal, 0x hex or 0-prefixed octal. Returns false for
// anything else; values above 2^32 are clamped so that they fail the range check.
bool readIpv4Part(QStringView part, quint64 *value)
{
    int base = 10;
    if (part.size() >= 2 && part[0] == QLatin1Char('0') && (part[1] == QLatin1Char('x') || part[1] == QLatin1Char('X'))) {
        base = 16;
        part = part.mid(2);
    } else if (part.size() >= 2 && part[0] == QLatin1Char('0')) {
        base = 8;
        part = part.mid(1);
    }
    quint64 result = 0;
    for (QChar c : part) {
        const int digit = c.isDigit() && c.unicode() < 0x80                      ? c.unicode() - '0'
            : (base == 16 && c.unicode() < 0x80 && QChar::isLetter(c.unicode())) ? (c.toLower().unicode() - 'a' + 10)
                                                                                 : 99;
        if (digit >= base)
            return false;
        result = std::min<quint64>(result * base + digit, quint64(1) << 33);
    }
    *value = result;
    return true;
}

QString dottedQuad(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4").arg(address >> 24).arg((address >> 16) & 0xFF).arg((address >> 8) & 0xFF).arg(address & 0xFF);
}

} // namespace

QString domainToUnicode(QStringView domain)
{
    return convertDomain(domain, Direction::ToUnicode);
}

QString domainToAscii(QStringView domain)
{
    return convertDomain(domain, Direction::ToAscii);
}

QString registrableDomain(const QString &host)
{
    QString name = withPlainDots(host.trimmed()).toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.contains(QLatin1Char(':')) || !hostnames::urlHostIpv4(name).isEmpty())
        return {};
    const QByteArray ascii = domainToAscii(name).toUtf8();
    const char *registrable = psl_registrable_domain(publicSuffixes(), ascii.constData());
    if (!registrable)
        return {};
    // The answer is a whole-label suffix of the ASCII form; take as many labels of the input, so
    // that a Unicode host gives a Unicode answer.
    const qsizetype labels = QByteArrayView(registrable).count('.') + 1;
    qsizetype start = name.size();
    for (qsizetype i = 0; i < labels && start > 0; ++i) {
        start = name.lastIndexOf(QLatin1Char('.'), start - 1);
        if (start < 0)
            break;
    }
    return start < 0 ? name : name.mid(start + 1);
}

namespace hostnames {

bool hasKnownSuffix(QStringView domain)
{
    if (domain.size() < 3 || domain.size() > 253)
        return false;
    qsizetype start = 0;
    int labels = 0;
    QStringView last;
    while (start <= domain.size()) {
        qsizetype dot = domain.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = domain.size();
        const QStringView label = domain.mid(start, dot - start);
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            if (!isLabelCharacter(c))
                return false;
        }
        ++labels;
        last = label;
        start = dot + 1;
    }
    if (labels < 2 || last.contains(QLatin1Char('_')))
        return false;
    bool numeric = true;
    for (QChar c : last)
        numeric = numeric && c.isDigit();
    if (numeric)
        return false;
    // No "*" rule: only top-level labels the list names count.
    const QByteArray tld = last.toString().toLower().toUtf8();
    return psl_is_public_suffix2(publicSuffixes(), tld.constData(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) == 1;
}

QString canonicalIpv4(QStringView text)
{
    quint32 address = 0;
    int parts = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        int digits = 0;
        uint value = 0;
        while (i < text.size() && text[i].unicode() >= '0' && text[i].unicode() <= '9' && digits < 4) {
            value = value * 10 + (text[i].unicode() - '0');
            ++digits;
            ++i;
        }
        if (digits == 0 || digits > 3 || value > 255 || parts == 4)
            return {};
        address = (address << 8) | value;
        ++parts;
        if (i == text.size())
            break;
        if (text[i] != QLatin1Char('.') || i + 1 == text.size())
            return {};
        ++i;
    }
    return parts == 4 ? dottedQuad(address) : QString();
}

QString canonicalIpv6(QStringView text)
{
    if (text.size() < 2 || text.size() > 45 || !isAscii(text))
        return {};
    const QByteArray latin = text.toLatin1();
    unsigned char bytes[16];
    if (inet_pton(AF_INET6, latin.constData(), bytes) != 1)
        return {};
    bool zero = true;
    for (unsigned char b : bytes)
        zero = zero && b == 0;
    if (zero)
        return {};
    char written[INET6_ADDRSTRLEN];
    if (!inet_ntop(AF_INET6, bytes, written, sizeof written))
        return {};
    return QString::fromLatin1(written);
}

bool isLocalOnly(QStringView canonical)
{
    if (canonical.startsWith(QLatin1String("127.")) || canonical.startsWith(QLatin1String("169.254."))
        || canonical == QLatin1String("0.0.0.0") || canonical == QLatin1String("::1"))
        return true;
    // fe80::/10 is fe80 to febf in the first group.
    return canonical.size() > 4 && canonical.startsWith(QLatin1String("fe")) && QStringView(u"89ab").contains(canonical[2])
        && canonical[4] == QLatin1Char(':');
}

QString urlHostIpv4(QStringView host)
{
    QList<QStringView> parts = host.split(QLatin1Char('.'));
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();
    if (parts.isEmpty() || parts.size() > 4 || parts.last().isEmpty())
        return {};
    QVarLengthArray<quint64, 4> numbers;
    for (QStringView part : std::as_const(parts)) {
        quint64 value = 0;
        if (part.isEmpty() || !readIpv4Part(part, &value))
            return {};
        numbers.append(value);
    }
    const qsizetype count = numbers.size();
    for (qsizetype i = 0; i + 1 < count; ++i) {
        if (numbers[i] > 255)
            return {};
    }
    if (numbers.last() >= (quint64(1) << (8 * (5 - count))))
        return {};
    quint64 address = numbers.last();
    for (qsizetype i = 0; i + 1 < count; ++i)
        address += numbers[i] << (8 * (3 - i));
    return dottedQuad(quint32(address));
}

} // namespace hostnames
} // namespace shoal
