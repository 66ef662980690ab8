// MIME parameters (RFC 2045 lists, RFC 2231 charsets and continuations) decoded as Thunderbird
// and Gmail decode them. Declared in headerdecoding.h.
#include "mail/headerdecoding.h"
#include "mail/headerdecoding_p.h"

#include <QHash>

#include <algorithm>

namespace shoal::mime {

namespace {

using detail::hexValue;
using detail::isWsp;

// More sections than this is no filename but an attack; the rest are ignored.
constexpr int kMaxSection = 9999;

struct Section {
    int number = 0;
    bool extended = false;
    QByteArrayView value;
};

// Every raw parameter that spells one name: plain, "name*" and the "name*N[*]" sections.
struct Group {
    const RawParameter *plain = nullptr;
    const RawParameter *extended = nullptr;
    QList<Section> sections;
};

// Splits "filename*0*" into "filename", section 0, extended. Returns false for a section number
// out of bounds.
bool classify(QByteArrayView name, QByteArrayView *base, int *section, bool *extended)
{
    *section = -1;
    *extended = name.endsWith('*');
    if (*extended)
        name.chop(1);
    *base = name;
    const qsizetype star = name.lastIndexOf('*');
    if (star < 0)
        return true;
    const QByteArrayView digits = name.sliced(star + 1);
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    *base = name.first(star);
    if (digits.size() > 4 || digits.toInt() > kMaxSection)
        return false;
    *section = digits.toInt();
    return true;
}

void appendPercentDecoded(QByteArray &out, QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(text[i]);
        }
    }
}

// Takes "charset'language'" off the front of an extended value; false when the quotes are missing.
bool splitCharset(QByteArrayView value, QByteArrayView *charset, QByteArrayView *rest)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0) {
        *charset = {};
        *rest = value;
        return false;
    }
    *charset = value.first(first).trimmed();
    *rest = value.sliced(second + 1);
    return true;
}

QString decodeExtended(QByteArrayView charset, const QByteArray &bytes, detail::ByteDecoder &decoder)
{
    return charset.isEmpty() ? decoder.unlabelled(bytes, bytes) : decoder.labelled(bytes, charset);
}

QString decodeGroup(Group &group, ParseNotes &notes, const QString &where, QByteArrayView fallback)
{
    detail::ByteDecoder decoder(notes, where, fallback);
    QByteArrayView charset;
    QByteArray bytes;
    if (!group.sections.isEmpty()) {
        std::stable_sort(
            group.sections.begin(), group.sections.end(), [](const Section &a, const Section &b) { return a.number < b.number; });
        bool anyExtended = false;
        int expected = 0;
        for (const Section &section : std::as_const(group.sections)) {
            if (section.number < expected) {
                decoder.note(ParseNote::Severity::Warning, "parameter-section-duplicate",
                    QStringLiteral("RFC 2231 section %1 appears twice; the first was kept").arg(section.number));
                continue;
            }
            if (section.number > expected)
                decoder.note(ParseNote::Severity::Warning, "parameter-section-missing",
                    QStringLiteral("RFC 2231 section %1 is missing; the others were joined").arg(expected));
            expected = section.number + 1;
            QByteArrayView text = section.value;
            if (section.extended && section.number == 0 && !splitCharset(text, &charset, &text))
                decoder.note(ParseNote::Severity::Warning, "parameter-charset-missing",
                    QStringLiteral("an RFC 2231 value has no charset'language' prefix"));
            anyExtended = anyExtended || section.extended;
            if (section.extended)
                appendPercentDecoded(bytes, text);
            else
                bytes.append(text);
        }
        // Plain continuations are how some senders split a long RFC 2047 word; Thunderbird
        // joins then decodes them.
        if (!anyExtended)
            return decodeHeaderText(bytes, notes, where, fallback);
        return decodeExtended(charset, bytes, decoder);
    }
    if (group.extended) {
        QByteArrayView text;
        if (!splitCharset(group.extended->value, &charset, &text))
            decoder.note(ParseNote::Severity::Warning, "parameter-charset-missing",
                QStringLiteral("an RFC 2231 value has no charset'language' prefix"));
        appendPercentDecoded(bytes, text);
        return decodeExtended(charset, bytes, decoder);
    }
    if (group.plain)
        return decodeHeaderText(group.plain->value, notes, where, fallback);
    return {};
}

// A parameter that is present decodes to a non-null string, even when empty.
QString decodePresent(Group &group, ParseNotes &notes, const QString &where, QByteArrayView fallback)
{
    const bool present = group.plain || group.extended || !group.sections.isEmpty();
    QString text = decodeGroup(group, notes, where, fallback);
    if (present && text.isNull())
        text = QStringLiteral("");
    return text;
}

// Adds `parameter` to `group` if it spells `base` (already lower case).
void collect(const RawParameter &parameter, Group &group, int section, bool extended, ParseNotes &notes, const QString &where)
{
    if (section >= 0) {
        group.sections.append(Section { section, extended, parameter.value });
    } else if (extended) {
        if (!group.extended)
            group.extended = &parameter;
    } else if (!group.plain) {
        group.plain = &parameter;
    } else {
        notes.info(QStringLiteral("parameter-duplicate"),
            where + QStringLiteral(": parameter %1 appears twice; the first was kept").arg(QString::fromLatin1(parameter.name)));
    }
}

void noteBadSection(const RawParameter &parameter, ParseNotes &notes, const QString &where)
{
    notes.warning(QStringLiteral("parameter-section-invalid"),
        where
            + QStringLiteral(": parameter %1 has an out-of-range section number and was ignored")
                .arg(QString::fromLatin1(parameter.name.left(64))));
}

} // namespace

QList<RawParameter> splitParameters(QByteArrayView raw, ParseNotes &notes, const QString &where)
{
    QList<RawParameter> parameters;
    const qsizetype size = raw.size();
    qsizetype pos = 0;
    while (pos < size) {
        while (pos < size && (isWsp(raw[pos]) || raw[pos] == ';' || raw[pos] == '\r' || raw[pos] == '\n'))
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < size && raw[pos] != '=' && raw[pos] != ';')
            ++pos;
        if (pos >= size || raw[pos] == ';')
            continue; // no '=': not a parameter (or the "text/plain" in front of them)
        RawParameter parameter;
        parameter.name = raw.sliced(nameStart, pos - nameStart).trimmed().toByteArray();
        ++pos;
        while (pos < size && isWsp(raw[pos]))
            ++pos;
        if (pos < size && raw[pos] == '"') {
            parameter.quoted = true;
            bool closed = false;
            for (++pos; pos < size; ++pos) {
                const char c = raw[pos];
                if (c == '"') {
                    closed = true;
                    ++pos;
                    break;
                }
                // Only \" and \\ are escapes: Windows paths ("C:\dir\a.txt") keep their backslashes,
                // as in Thunderbird.
                if (c == '\\' && pos + 1 < size && (raw[pos + 1] == '"' || raw[pos + 1] == '\\'))
                    ++pos;
                parameter.value.append(raw[pos]);
            }
            if (!closed)
                notes.warning(QStringLiteral("quote-unterminated"),
                    where
                        + QStringLiteral(": the value of parameter %1 has no closing quote")
                            .arg(QString::fromLatin1(parameter.name.left(64))));
            while (pos < size && raw[pos] != ';')
                ++pos;
        } else {
            const qsizetype valueStart = pos;
            while (pos < size && raw[pos] != ';')
                ++pos;
            parameter.value = raw.sliced(valueStart, pos - valueStart).trimmed().toByteArray();
        }
        if (!parameter.name.isEmpty())
            parameters.append(std::move(parameter));
    }
    return parameters;
}

QString decodeParameterValue(
    const QList<RawParameter> &parameters, QByteArrayView name, ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset)
{
    Group group;
    for (const RawParameter &parameter : parameters) {
        QByteArrayView base;
        int section = -1;
        bool extended = false;
        const bool valid = classify(parameter.name, &base, &section, &extended);
        if (base.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (valid)
            collect(parameter, group, section, extended, notes, where);
        else
            noteBadSection(parameter, notes, where);
    }
    return decodePresent(group, notes, where, fallbackCharset);
}

QString ParameterizedValue::parameter(QStringView name) const
{
    for (const Parameter &candidate : parameters) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate.value;
    }
    return {};
}

ParameterizedValue parseParameterizedValue(QByteArrayView raw, ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset)
{
    QByteArray unfolded;
    if (raw.contains('\r') || raw.contains('\n')) {
        unfolded = unfold(raw);
        raw = unfolded;
    }
    ParameterizedValue result;
    // The first ';' outside quotes: a list with no value in front may start with a quoted ';'.
    qsizetype semicolon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size() && semicolon < 0; ++i) {
        if (raw[i] == '"')
            quoted = !quoted;
        else if (raw[i] == ';' && !quoted)
            semicolon = i;
    }
    result.value = QString::fromLatin1(raw.first(semicolon < 0 ? raw.size() : semicolon).trimmed());
    if (semicolon < 0)
        return result;
    const QList<RawParameter> parameters = splitParameters(raw.sliced(semicolon), notes, where);

    // One pass groups the sections of every name, so that a list of 100,000 parameters is not
    // scanned once per name.
    QList<QByteArray> order;
    QHash<QByteArray, Group> groups;
    for (const RawParameter &parameter : parameters) {
        QByteArrayView base;
        int section = -1;
        bool extended = false;
        if (!classify(parameter.name, &base, &section, &extended)) {
            noteBadSection(parameter, notes, where);
            continue;
        }
        const QByteArray key = base.toByteArray().toLower();
        auto found = groups.find(key);
        if (found == groups.end()) {
            order.append(key);
            found = groups.insert(key, Group {});
        }
        collect(parameter, *found, section, extended, notes, where);
    }
    result.parameters.reserve(order.size());
    for (const QByteArray &key : std::as_const(order))
        result.parameters.append(Parameter { QString::fromLatin1(key), decodePresent(groups[key], notes, where, fallbackCharset) });
    return result;
}

} // namespace shoal::mime
