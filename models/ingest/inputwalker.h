#pragma once

#include "ingest/inputitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace shoal {

/*!
 * \brief Turns what an analyst drops on Shoal into single messages' bytes.
 *
 * Accepts files (.eml, Outlook .msg, Apple .emlx), mbox files, Maildir and other folder trees,
 * and archives (zip, also encrypted, 7z, rar, tar, gzip/bzip2/xz/zstd), nested up to a limit.
 * Formats are told by content, never by name: many ".msg" files are RFC 822 text and Outlook
 * files may have no extension. Names only decide whether something that is not mail deserves a
 * failure report (see InputFailure) or is passed over in silence.
 *
 * Memory stays bounded whatever the input: mbox files are mapped, not read; archives are read
 * in blocks; every limit in WalkLimits is checked while bytes arrive, never trusted from
 * headers. The walker holds no state between calls; one instance may walk on several threads.
 */
class InputWalker
{
    Q_DECLARE_TR_FUNCTIONS(shoal::InputWalker)

public:
    /// Return false to stop the walk.
    using ItemCallback = std::function<bool(InputItem &&)>;
    using FailureCallback = std::function<void(InputFailure &&)>;
    /// Called after each candidate file (as counted by countCandidates()) is done.
    using ProgressCallback = std::function<void(qint64 candidatesDone)>;

    /// `passwords` are tried in order on encrypted archive entries.
    explicit InputWalker(QStringList passwords = { QStringLiteral("infected") }, WalkLimits limits = {});

    /*!
     * Calls `onItem` for each message found under `paths`, in a deterministic order (paths as
     * given, folder entries by name, archive entries as stored, mbox messages as stored), and
     * `onFailure` for what cannot be read. Returns when done, when `cancel` becomes true, or as
     * soon as `onItem` returns false.
     */
    void walk(const QStringList &paths, const ItemCallback &onItem, const FailureCallback &onFailure, const std::atomic_bool &cancel,
        const ProgressCallback &onProgress = {}) const;

    /// The same for bytes already in memory, as if they were a file named `origin` (an attached
    /// zip, a fuzzer's input). The bytes are expected to be mail: anything else is a failure.
    void walkBytes(const QString &origin, const QByteArray &bytes, const ItemCallback &onItem, const FailureCallback &onFailure,
        const std::atomic_bool &cancel) const;

    /// A cheap first pass for progress bars: how many files walk() will look at (archives and
    /// mboxes count as one; nothing is opened).
    static qint64 countCandidates(const QStringList &paths, const std::atomic_bool &cancel);

    const QStringList &passwords() const { return m_passwords; }
    const WalkLimits &limits() const { return m_limits; }

private:
    QStringList m_passwords;
    WalkLimits m_limits;
};

} // namespace shoal
