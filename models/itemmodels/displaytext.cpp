#include "itemmodels/displaytext.h"

#include <QLocale>

namespace shoal::displaytext {

bool japaneseUi()
{
    return QLocale().language() == QLocale::Japanese;
}

QString vocabularyName(const QList<VocabularyEntry> &list, const QString &key)
{
    for (const VocabularyEntry &entry : list) {
        if (entry.key == key)
            return japaneseUi() ? entry.japanese : entry.english;
    }
    return key;
}

QString shortVocabularyName(const QList<VocabularyEntry> &list, const QString &key)
{
    const QString name = vocabularyName(list, key);
    qsizetype cut = name.indexOf(QChar(0xFF08)); // full-width '('
    if (cut < 0)
        cut = name.indexOf(QStringLiteral(" ("));
    return cut > 0 ? name.left(cut).trimmed() : name;
}

QString dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateTimeWithUtc(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    if (local.offsetFromUtc() == 0)
        return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    return QStringLiteral("%1 %2 (%3 UTC)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone.abbreviation(local),
            utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address;
    if (address.isEmpty())
        return name;
    return QStringLiteral("%1 <%2>").arg(name, address);
}

} // namespace shoal::displaytext
