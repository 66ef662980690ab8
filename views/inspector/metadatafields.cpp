#include "inspector/metadatafields.h"

#include "itemmodels/displaytext.h"

#include <QComboBox>
#include <QRegularExpression>

namespace shoal {

void fillVocabulary(QComboBox *combo, const QList<VocabularyEntry> &list, bool withNone, bool showKeys)
{
    combo->clear();
    if (withNone)
        combo->addItem(QString(), QString());
    for (const VocabularyEntry &entry : list) {
        const QString name = displaytext::japaneseUi() ? entry.japanese : entry.english;
        combo->addItem(showKeys ? QStringLiteral("%1 – %2").arg(entry.key, name) : name, entry.key);
        combo->setItemData(combo->count() - 1, displaytext::japaneseUi() ? entry.english : entry.japanese, Qt::ToolTipRole);
    }
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,、，]")))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

} // namespace shoal
