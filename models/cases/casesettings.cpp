#include "cases/casesettings.h"

#include "store/casestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shoal::casesettings {

namespace {

const QString kTimeZoneKey = QStringLiteral("time-zone");
const QString kDomainsKey = QStringLiteral("profile/protected-domains");
const QString kPeopleKey = QStringLiteral("profile/protected-people");
const QString kBrandsKey = QStringLiteral("profile/brands");

// Lists are stored as JSON arrays: a name may hold any character, a comma or a line break too.
QStringList readList(CaseStore &store, const QString &key)
{
    const QJsonDocument document = QJsonDocument::fromJson(store.caseSetting(key).toUtf8());
    QStringList values;
    for (const QJsonValue &value : document.array()) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            values << text;
    }
    return values;
}

bool writeList(CaseStore &store, const QString &key, const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            array.append(value.trimmed());
    }
    return store.setCaseSetting(key, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace

CaseProfile profile(CaseStore &store)
{
    return CaseProfile { readList(store, kDomainsKey), readList(store, kPeopleKey), readList(store, kBrandsKey) };
}

bool setProfile(CaseStore &store, const CaseProfile &profile)
{
    return writeList(store, kDomainsKey, profile.protectedDomains) && writeList(store, kPeopleKey, profile.protectedPeople)
        && writeList(store, kBrandsKey, profile.brands);
}

QTimeZone timeZone(CaseStore &store)
{
    const QByteArray id = store.caseSetting(kTimeZoneKey).toUtf8();
    const QTimeZone zone(id);
    return !id.isEmpty() && zone.isValid() ? zone : defaultTimeZone();
}

bool setTimeZone(CaseStore &store, const QTimeZone &zone)
{
    return zone.isValid() && store.setCaseSetting(kTimeZoneKey, QString::fromUtf8(zone.id()));
}

QTimeZone defaultTimeZone(const QLocale &locale)
{
    if (locale.language() == QLocale::Japanese)
        return QTimeZone("Asia/Tokyo");
    const QTimeZone system = QTimeZone::systemTimeZone();
    return system.isValid() ? system : QTimeZone(QTimeZone::UTC);
}

void ensureDefaults(CaseStore &store, const QLocale &locale)
{
    if (store.caseSetting(kTimeZoneKey).isEmpty())
        setTimeZone(store, defaultTimeZone(locale));
}

} // namespace shoal::casesettings
