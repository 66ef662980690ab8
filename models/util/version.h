#pragma once

#include <QString>

namespace shoal {

/// The version of this build, e.g. "0.1.0".
QString versionString();

/// A line for --version: the version and the libraries it runs with.
QString versionBanner(const QString &programName);

} // namespace shoal
