// Rule: the From display name is a protected person's name (or a protected brand) while the
// address is outside the protected domains: "山田 太郎" <yamada.ceo@gmail.com>.
#include "findings/domains_p.h"
#include "findings/ruleinput_p.h"

#include <algorithm>

namespace shoal::findings {
namespace {

// NFKC (full-width letters and spaces become plain ones), case-folded, without spaces and
// punctuation, so that "山田　太郎", "山田太郎" and "YAMADA, Taro" compare by their letters.
QString foldedName(const QString &name)
{
    QString folded;
    for (QChar c : name.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        if (c.isLetterOrNumber() || c.isMark())
            folded += c;
    }
    return folded;
}

// The forms of a name to look for: as written and, for two or more words, in reverse order
// (Japanese names are written family name first in Japanese, given name first in English).
QStringList nameForms(const QString &name)
{
    QStringList forms { foldedName(name) };
    QStringList words = name.normalized(QString::NormalizationForm_KC).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2) {
        std::reverse(words.begin(), words.end());
        const QString reversed = foldedName(words.join(QLatin1Char(' ')));
        if (reversed != forms.first())
            forms.append(reversed);
    }
    return forms;
}

QString matchingName(const QString &displayName, const QStringList &names, qsizetype minimumLength)
{
    const QString display = foldedName(displayName);
    if (display.isEmpty())
        return {};
    for (const QString &name : names) {
        for (const QString &form : nameForms(name)) {
            if (form.size() >= minimumLength && display.contains(form))
                return name;
        }
    }
    return {};
}

} // namespace

void ruleProtectedName(RuleInput &input, QList<Finding> &out)
{
    const Message &message = input.message;
    const CaseProfile &profile = input.profile;
    if (message.from.name.isEmpty() || (profile.protectedPeople.isEmpty() && profile.brands.isEmpty()))
        return;
    // With no protected domains configured every domain is outside.
    const QString site = siteOf(addressDomain(message.from.address));
    if (!site.isEmpty() && input.protectedSites().contains(site))
        return;
    const QString from = QStringLiteral("From: %1").arg(mailboxText(message.from.name, message.from.address));

    // A protected name of two letters (a Japanese family name alone) still counts.
    if (const QString person = matchingName(message.from.name, profile.protectedPeople, 2); !person.isEmpty()) {
        out.append(makeFinding("protected-person-outside", Severity::High,
            QT_TRANSLATE_NOOP("Findings", "The display name is a protected person, the address is outside"),
            { from, QStringLiteral("protected person: %1").arg(person) }));
    }
    if (const QString brand = matchingName(message.from.name, profile.brands, 3); !brand.isEmpty()) {
        out.append(makeFinding("protected-brand-outside", Severity::Medium,
            QT_TRANSLATE_NOOP("Findings", "The display name names a protected brand, the address is outside"),
            { from, QStringLiteral("protected brand: %1").arg(brand) }));
    }
}

} // namespace shoal::findings
