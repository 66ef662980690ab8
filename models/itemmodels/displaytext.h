#pragma once

#include "metadata/vocabulary.h"

#include <QDateTime>
#include <QTimeZone>

namespace shoal::displaytext {

/// True when the UI speaks Japanese (QLocale's default, set with the UI language).
bool japaneseUi();

/// The name of a vocabulary key in the UI's language; the key itself when unknown.
QString vocabularyName(const QList<VocabularyEntry> &list, const QString &key);
/// The same, cut before its explanation in brackets ("BEC type 1", "ビジネスメール詐欺 タイプ1"),
/// for narrow places such as a table cell.
QString shortVocabularyName(const QList<VocabularyEntry> &list, const QString &key);

/// "2020-11-06 08:30" in `zone`; empty for an invalid time.
QString dateTime(const QDateTime &utc, const QTimeZone &zone);
/// "2020-11-06 08:30:00 JST (2020-11-05 23:30:00 UTC)"; the UTC part once when the zone is UTC.
QString dateTimeWithUtc(const QDateTime &utc, const QTimeZone &zone);

/// "Name <address>", or the address alone when there is no name.
QString mailbox(const QString &name, const QString &address);

} // namespace shoal::displaytext
