#pragma once

#include "ingest/inputitem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace shoal {

class CaseStore;

struct ImportOptions {
    QStringList passwords{QStringLiteral("infected")}; ///< tried on encrypted archives, in order
    int workers = 0; ///< parsing threads; 0 = one per core
    int batchSize = 500; ///< samples per transaction
    int batchMilliseconds = 1000; ///< a batch is also committed when it is this old
};

/// What an import did. `failures` holds each input that could not be imported, with why.
struct ImportSummary {
    qint64 imported = 0; ///< new samples, carried messages included
    qint64 embedded = 0; ///< of which carried inside other samples
    qint64 duplicates = 0; ///< inputs whose bytes the case already held
    QList<InputFailure> failures;
    qint64 inputsSeen = 0;
    qint64 bytesRead = 0;
    bool cancelled = false;
    double seconds = 0;
};

/// Progress as the import goes: called on the writer's thread, at most a few times a second.
struct ImportProgress {
    qint64 done = 0; ///< inputs handled (imported, duplicate or failed)
    qint64 total = -1; ///< inputs expected; -1 while unknown (archives are counted as they open)
    ImportSummary sofar;
};

/*!
 * \brief Imports files, folders, mboxes and archives into a case.
 *
 * One thread walks the inputs, one per core parses and analyses (buildSample), and the calling
 * thread is the single writer: it commits per batch, so a killed import loses nothing already
 * committed and leaves a valid case. Duplicates (same SHA-256) are recognised before parsing.
 * Memory stays bounded: the queues between the stages hold a fixed number of messages.
 * The GUI runs it on a worker thread; the CLI calls it directly.
 */
ImportSummary runImport(CaseStore &store, const QStringList &paths, const ImportOptions &options, const std::atomic_bool &cancel,
                        const std::function<void(const ImportProgress &)> &onProgress = {});

} // namespace shoal
