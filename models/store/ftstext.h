#pragma once

#include <QString>

namespace shoal::store {

/*!
 * \brief Text prepared for SQLite's unicode61 tokenizer so that Japanese is searchable.
 *
 * unicode61 takes a run of kana and kanji without spaces as one token, so "契約" would never
 * match "WEB契約の更新". Runs of CJK characters are therefore written as overlapping bigrams
 * ("契約の更新" -> "契約 約の の更 更新"); other text is left as it is.
 */
QString ftsIndexText(QStringView text);

/// The FTS5 query for one search word, made the same way: a CJK word becomes a phrase of its
/// bigrams, other words are quoted (so that FTS5 syntax in user input is taken literally).
QString ftsQueryTerm(QStringView word);

} // namespace shoal::store
