#pragma once

#include <QString>
#include <QStringList>

namespace shoal::caselocations {

/// ".shoal": one case, one SQLite file.
QString suffix();

/// The case opened when there is no other: AppDataLocation/cases/default.shoal. Its folder is
/// created; the file itself is created by CaseStore::open.
QString defaultCasePath();

/// The cases opened most recently, newest first, those that still exist (QSettings).
QStringList recentCases();
/// Puts `path` first in the recent list (at most 10 are kept).
void noteOpened(const QString &path);
void forget(const QString &path);
/// The case open when Shoal last ran; empty when none (or it is gone).
QString lastCase();

} // namespace shoal::caselocations
