#pragma once

#include <QList>
#include <QString>

namespace shoal::language {

/// A UI language Shoal ships: its code ("en", "ja") and its own name ("English", "日本語").
struct Choice {
    QString code;
    QString nativeName;
};

/// The languages of the UI; the code "" stands for "as the system".
QList<Choice> choices();

/// What the user chose in Settings: "en", "ja", or "" to follow the system locale (QSettings).
QString configured();
void setConfigured(const QString &code);

/// The language to show: the configured one, else the system locale's when Shoal has it, else
/// English.
QString effective();

/*!
 * \brief Installs Shoal's translation and Qt's own (qtbase) for `code` on the running
 * application, replacing the ones installed before, and makes it QLocale's default so that
 * numbers, dates and vocabulary names follow. Widgets built afterwards are in that language;
 * the main window applies a change on the next start.
 */
bool apply(const QString &code);

} // namespace shoal::language
