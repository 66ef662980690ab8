#pragma once

#include <QLatin1StringView>
#include <QStringView>

// Internal to models/analysis: the spellings of defanged URLs shared by refang() and the text
// scanner, so that what the scanner accepts as part of an indicator is exactly what refang()
// undoes.
namespace shoal::analysis {

/// The length of the defanging token ("[.]", "(dot)", "[:]", "[@]", "[at]"...) that starts at
/// `pos`, or 0 when none does. `dotsOnly` limits it to the tokens that stand for a dot.
qsizetype defangTokenAt(QStringView text, qsizetype pos, bool dotsOnly = false);

/// The length of a dot token ("[.]", "(.)", "{.}", "[dot]"...) that ends right before `end`, or 0.
qsizetype dotTokenEndingAt(QStringView text, qsizetype end);

/// The length of a defanged or plain scheme word ("http", "hxxps", "fxp", "h**p"...) that starts
/// at `pos` and is followed by a separator ("://", "[:]//", "[://]"), or 0. `scheme` receives
/// the refanged scheme ("http", "https", "ftp").
qsizetype schemeWordAt(QStringView text, qsizetype pos, QLatin1StringView *scheme);

} // namespace shoal::analysis
