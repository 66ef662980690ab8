#pragma once

#include "store/casestore.h"

#include <QCommandLineParser>

#include <memory>

namespace shoal::cli {

/// The options most subcommands share: --db CASE and --sha256 HASH.
struct CaseOptions {
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("The case file (.shoal)."), QStringLiteral("case")};
    QCommandLineOption sha256{QStringLiteral("sha256"), QStringLiteral("The sample, by the SHA-256 of its bytes."), QStringLiteral("hash")};
};

/// Opens the case named by --db, printing a clear error when it cannot be.
std::unique_ptr<CaseStore> openCase(const QCommandLineParser &parser, const CaseOptions &options, CaseStore::Mode mode);

/// The id of the sample named by --sha256 (a unique prefix of at least 8 hex digits works too);
/// prints an error and returns 0 when there is none.
qint64 requireSample(CaseStore &store, const QCommandLineParser &parser, const CaseOptions &options);

/// Parses `args`; on --help prints the help and returns false with *status = 0, on an error
/// prints it and returns false with *status = 2.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *status);

} // namespace shoal::cli
