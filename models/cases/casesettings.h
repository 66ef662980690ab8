#pragma once

#include "findings/caseprofile.h"

#include <QLocale>
#include <QTimeZone>

namespace shoal {

class CaseStore;

/*!
 * \brief The settings a case keeps in its own file (table case_settings): the case profile and
 * the case time zone. They travel with the .shoal file, so that a case handed to a colleague
 * shows the same times and protects the same names.
 */
namespace casesettings {

CaseProfile profile(CaseStore &store);
bool setProfile(CaseStore &store, const CaseProfile &profile);

/// The zone the case shows times and reads before:/after: dates in; defaultTimeZone() when the
/// case does not say.
QTimeZone timeZone(CaseStore &store);
bool setTimeZone(CaseStore &store, const QTimeZone &zone);

/// Asia/Tokyo for a Japanese locale (most cases are Japanese mail, read in Japan), else the
/// system's zone.
QTimeZone defaultTimeZone(const QLocale &locale = QLocale());

/// Writes what a case opened for writing does not say yet (its time zone), so that the case
/// keeps the zone it was started in even when opened on another machine.
void ensureDefaults(CaseStore &store, const QLocale &locale = QLocale());

} // namespace casesettings

} // namespace shoal
