#pragma once

#include <QList>
#include <QString>

namespace shoal {

/// One value of a closed list the analyst picks from: a stable key stored in the case, and its
/// names in Japanese and English for the UI and the reports.
struct VocabularyEntry {
    QString key;
    QString japanese;
    QString english;
};

/*!
 * \brief Verdicts: the five types of business e-mail compromise as IPA classifies them, then
 * phishing, malware, spam, benign and unknown. Keys: "bec-1" ... "bec-5", "phishing", ...
 */
const QList<VocabularyEntry> &verdicts();

/*!
 * \brief The recipient's industry: the 20 major groups (大分類) of the Japan Standard Industrial
 * Classification, rev. 14. Keys are the group letters "A" ... "T" (e.g. "E" = 製造業).
 */
const QList<VocabularyEntry> &industries();

/// The entry whose key, Japanese or English name equals `text` (case-insensitive); null when
/// none does. Lets the CLI accept "E", "製造業" or "Manufacturing" alike.
const VocabularyEntry *findEntry(const QList<VocabularyEntry> &list, const QString &text);

} // namespace shoal
