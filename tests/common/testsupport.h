#pragma once

#include <QDir>
#include <QString>

namespace shoal::test {

/// The real-sample corpus: $SHOAL_CORPUS, else ../shared/corpus beside the checkout. Empty when
/// neither exists (a user's fresh clone); tests then skip with corpusMissingMessage().
QString corpusDir();
QString corpusMissingMessage();

/// Where tests leave screenshots and other files for a person to look at.
QDir artifactsDir();

/// Built executables (shoal, shoal-cli) and the fixtures written by us.
QString binaryPath(const QString &name);
QString testDataPath(const QString &relative);

} // namespace shoal::test

/// Skips the current test function when the corpus is missing.
#define SHOAL_REQUIRE_CORPUS()                                                                                                             \
    do {                                                                                                                                   \
        if (shoal::test::corpusDir().isEmpty())                                                                                            \
            QSKIP(qPrintable(shoal::test::corpusMissingMessage()));                                                                        \
    } while (false)
