#include "tasks/importjob.h"

#include "ingest/inputwalker.h"
#include "ingest/samplebuilder.h"
#include "store/casestore.h"
#include "tasks/boundedqueue.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <optional>
#include <thread>
#include <variant>

namespace shoal {

namespace {

// What a parsing worker hands the writer for one input.
struct Duplicate {
    QByteArray sha256;
    QString origin;
};
using WorkResult = std::variant<SampleRecord, Duplicate, InputFailure>;

// Hashes known to the case or already on their way to it: a second copy in the same import is
// a duplicate too, and is recognised without parsing it.
class SeenHashes
{
public:
    explicit SeenHashes(QSet<QByteArray> known)
        : m_hashes(std::move(known))
    {
    }
    /// True when the hash was new (and is now taken).
    bool claim(const QByteArray &sha256)
    {
        QMutexLocker lock(&m_mutex);
        if (m_hashes.contains(sha256))
            return false;
        m_hashes.insert(sha256);
        return true;
    }

private:
    QMutex m_mutex;
    QSet<QByteArray> m_hashes;
};

constexpr size_t kQueueMessages = 64;

} // namespace

ImportSummary runImport(CaseStore &store, const QStringList &paths, const ImportOptions &options, const std::atomic_bool &cancel,
                        const std::function<void(const ImportProgress &)> &onProgress)
{
    QElapsedTimer clock;
    clock.start();
    ImportProgress progress;
    ImportSummary &summary = progress.sofar;

    BoundedQueue<InputItem> inputs(kQueueMessages);
    BoundedQueue<WorkResult> results(kQueueMessages);
    SeenHashes seen(store.sampleHashes());
    std::atomic<qint64> expected{-1};

    std::thread walker([&] {
        expected = InputWalker::countCandidates(paths, cancel);
        InputWalker(options.passwords).walk(
            paths, [&](InputItem &&item) { return inputs.push(std::move(item)); },
            [&](InputFailure &&failure) { results.push(WorkResult(std::move(failure))); }, cancel);
        inputs.close();
    });

    const int workerCount = options.workers > 0 ? options.workers : qMax(1, QThread::idealThreadCount());
    std::atomic<int> workersLeft{workerCount};
    std::vector<std::thread> workers;
    for (int i = 0; i < workerCount; ++i) {
        workers.emplace_back([&] {
            while (std::optional<InputItem> item = inputs.pop()) {
                if (cancel)
                    continue; // drain, so the walker is never left blocked
                const QByteArray sha256 = sampleHash(item->bytes);
                if (!seen.claim(sha256)) {
                    results.push(WorkResult(Duplicate{sha256, item->origin}));
                    continue;
                }
                QString error;
                if (std::optional<SampleRecord> record = buildSample(item->bytes, sha256, item->origin, &error))
                    results.push(WorkResult(std::move(*record)));
                else
                    results.push(WorkResult(InputFailure{item->origin, error}));
            }
            if (--workersLeft == 0)
                results.close();
        });
    }

    // The writer: this thread. Commits per batch, by count or by age.
    QElapsedTimer batchAge, sinceProgress;
    sinceProgress.start();
    int inBatch = 0;
    QList<Duplicate> duplicates;
    const auto commit = [&] {
        if (inBatch > 0 && !store.commitBatch())
            summary.failures.append(InputFailure{store.path(), QStringLiteral("cannot commit to the case: %1").arg(store.lastError())});
        inBatch = 0;
    };
    while (std::optional<WorkResult> result = results.pop()) {
        ++summary.inputsSeen;
        if (auto *failure = std::get_if<InputFailure>(&*result)) {
            summary.failures.append(*failure);
        } else {
            if (inBatch == 0) {
                store.beginBatch();
                batchAge.start();
            }
            ++inBatch;
            if (auto *duplicate = std::get_if<Duplicate>(&*result)) {
                // Its first copy may still be in a parser's hands: note the sighting at the end.
                ++summary.duplicates;
                duplicates.append(std::move(*duplicate));
            } else {
                const SampleRecord &record = std::get<SampleRecord>(*result);
                summary.bytesRead += record.raw.size();
                const auto outcome = store.insertSample(record);
                if (!outcome)
                    summary.failures.append(InputFailure{record.source, QStringLiteral("cannot store: %1").arg(store.lastError())});
                else if (outcome->duplicate)
                    ++summary.duplicates;
                else {
                    summary.imported += 1 + outcome->embeddedInserted;
                    summary.embedded += outcome->embeddedInserted;
                }
            }
            if (inBatch >= options.batchSize || batchAge.elapsed() >= options.batchMilliseconds)
                commit();
        }
        if (onProgress && sinceProgress.elapsed() >= 200) {
            progress.done = summary.inputsSeen;
            progress.total = expected;
            onProgress(progress);
            sinceProgress.restart();
        }
    }
    if (!duplicates.isEmpty()) {
        store.beginBatch();
        for (const Duplicate &duplicate : std::as_const(duplicates))
            store.recordSighting(duplicate.sha256, duplicate.origin);
        inBatch = int(duplicates.size());
    }
    commit();
    walker.join();
    for (std::thread &worker : workers)
        worker.join();
    summary.cancelled = cancel;
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (onProgress) {
        progress.done = summary.inputsSeen;
        progress.total = expected;
        onProgress(progress);
    }
    return summary;
}

} // namespace shoal
