#include "mail/maildate.h"

#include <QByteArrayList>
#include <QTimeZone>

#include <array>

namespace shoal::mime {

namespace {

int monthFromName(QByteArrayView token)
{
    static constexpr std::array<const char *, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    if (token.size() < 3)
        return 0;
    const QByteArray prefix = token.first(3).toByteArray().toLower();
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (prefix == kMonths[i])
            return int(i) + 1;
    }
    return 0;
}

// Zone names of RFC 5322's obsolete syntax, plus the ones seen in the wild. In minutes.
bool zoneFromName(QByteArrayView token, int *minutes)
{
    struct Zone {
        const char *name;
        int minutes;
    };
    static constexpr Zone kZones[] = {{"ut", 0},         {"utc", 0},        {"gmt", 0},        {"z", 0},          {"est", -5 * 60},
                                      {"edt", -4 * 60},  {"cst", -6 * 60},  {"cdt", -5 * 60},  {"mst", -7 * 60},  {"mdt", -6 * 60},
                                      {"pst", -8 * 60},  {"pdt", -7 * 60},  {"jst", 9 * 60},   {"kst", 9 * 60},   {"cet", 60},
                                      {"cest", 2 * 60},  {"bst", 60},       {"ist", 5 * 60 + 30}};
    const QByteArray lower = token.toByteArray().toLower();
    for (const Zone &zone : kZones) {
        if (lower == zone.name) {
            *minutes = zone.minutes;
            return true;
        }
    }
    return false;
}

bool numericZone(QByteArrayView token, int *minutes)
{
    if (token.size() < 5 || (token[0] != '+' && token[0] != '-'))
        return false;
    QByteArray digits = token.sliced(1).toByteArray();
    digits.replace(':', "");
    if (digits.size() != 4)
        return false;
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok)
        return false;
    const int total = (value / 100) * 60 + value % 100;
    *minutes = token[0] == '-' ? -total : total;
    return (value / 100) <= 14;
}

bool parseTime(QByteArrayView token, QTime *time)
{
    const QByteArrayList pieces = token.toByteArray().split(':');
    if (pieces.size() < 2 || pieces.size() > 3)
        return false;
    bool okH = false, okM = false, okS = true;
    const int h = pieces[0].toInt(&okH);
    const int m = pieces[1].toInt(&okM);
    const int s = pieces.size() == 3 ? pieces[2].left(2).toInt(&okS) : 0;
    if (!okH || !okM || !okS)
        return false;
    // Leap seconds and 24:00 happen in the wild; clients clamp them.
    *time = QTime(qMin(h, 23), qMin(m, 59), qMin(s, 59));
    return time->isValid();
}

QByteArray withoutComments(QByteArrayView raw)
{
    QByteArray out;
    int depth = 0;
    for (char c : raw) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            out.append(c == ',' ? ' ' : c);
    }
    return out;
}

MailDate fromIso8601(QByteArrayView raw)
{
    MailDate result;
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(raw.trimmed()), Qt::ISODate);
    if (parsed.isValid()) {
        result.utc = parsed.toUTC();
        result.offsetSeconds = parsed.offsetFromUtc();
    }
    return result;
}

} // namespace

MailDate parseMailDate(QByteArrayView raw)
{
    const QByteArrayList tokens = withoutComments(raw.first(qMin<qsizetype>(raw.size(), 256))).simplified().split(' ');
    int day = 0, month = 0, year = -1, zoneMinutes = 0;
    bool haveZone = false;
    QTime time;
    for (const QByteArray &token : tokens) {
        if (token.isEmpty())
            continue;
        bool isNumber = false;
        const int number = token.toInt(&isNumber);
        if (isNumber && token[0] != '+' && token[0] != '-') {
            if (day == 0 && number >= 1 && number <= 31 && year < 0 && token.size() <= 2)
                day = number;
            else if (year < 0)
                year = number;
        } else if (token.contains(':') && !time.isValid() && token[0] != '+' && token[0] != '-') {
            if (!parseTime(token, &time))
                return fromIso8601(raw);
        } else if (int m = monthFromName(token); m && month == 0) {
            month = m;
        } else if (!haveZone && (numericZone(token, &zoneMinutes) || zoneFromName(token, &zoneMinutes))) {
            haveZone = true;
        }
    }
    if (day == 0 || month == 0 || year < 0 || !time.isValid())
        return fromIso8601(raw);
    // RFC 5322 4.3: two-digit years below 50 are 20xx, others 19xx; three-digit years add 1900.
    if (year < 50)
        year += 2000;
    else if (year < 1000)
        year += 1900;
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    MailDate result;
    result.offsetSeconds = zoneMinutes * 60;
    result.zoneMissing = !haveZone;
    result.utc = QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(result.offsetSeconds)).toUTC();
    return result;
}

} // namespace shoal::mime
