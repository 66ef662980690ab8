#pragma once

#include "metadata/vocabulary.h"

#include <QStringList>

class QComboBox;

namespace shoal {

/// Fills `combo` with a vocabulary in the UI's language, the key as item data; `withNone` adds
/// an empty first entry ("not set"); `showKeys` puts the key first ("E – Manufacturing").
void fillVocabulary(QComboBox *combo, const QList<VocabularyEntry> &list, bool withNone, bool showKeys);
/// "a, b、c" -> {"a", "b", "c"}: tags as typed (Japanese commas too), trimmed, empty ones dropped.
QStringList splitTags(const QString &text);

} // namespace shoal
