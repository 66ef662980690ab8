#pragma once

#include "ingest/formatsniffer.h"
#include "ingest/inputitem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace shoal::ingest {

class ArchiveReader;

/*!
 * \brief The state of one InputWalker::walk() call: the callbacks, the limits, and the descent
 * through containers (archives, mboxes, .emlx) down to single messages.
 *
 * Failures are reported for inputs that were meant to be mail: files the analyst named, and
 * files or entries whose name ends in a mail extension. Anything else that is not mail (images,
 * notes, Office files) is passed over in silence. Signs of a zip bomb (expansion ratio, total
 * size, entry count, nesting depth) abandon the whole top-level archive with one failure.
 */
class WalkSession
{
public:
    using ItemSink = std::function<bool(InputItem &&)>;
    using FailureSink = std::function<void(InputFailure &&)>;

    WalkSession(const QStringList &passwords, const WalkLimits &limits, const ItemSink &onItem, const FailureSink &onFailure,
        const std::atomic_bool &cancel);

    /// A file on disk; `origin` is how items and failures name it.
    void walkFile(const QString &path, const QString &origin, bool explicitlyGiven);
    /// Bytes that are one file named `origin`.
    void walkBlob(const QString &origin, const QByteArray &bytes);

    /// True once the walk must end: cancelled, or onItem returned false.
    bool stopped() const { return m_stop || m_cancel.load(std::memory_order_relaxed); }

private:
    // What is left of the limits shared by a top-level archive and everything nested in it.
    struct Budget {
        qint64 bytesLeft = 0;
        qint64 entriesLeft = 0;
    };
    // One archive being read: how much it has expanded to so far.
    struct Reading {
        ArchiveReader &reader;
        const QString &origin;
        Budget &budget;
        qint64 expanded = 0;
    };
    enum class Pull { Data, Error, Abandon };

    void handleBytes(const QString &origin, const QString &name, const QByteArray &bytes, const Sniffed &sniffed, bool report, int depth,
        Budget *budget);
    void openArchive(const QString &origin, const QString &name, const Sniffed &sniffed, bool report, int depth, Budget *budget,
        const std::function<bool(ArchiveReader &)> &open);
    void walkMbox(const QString &origin, const QString &name, QByteArrayView mbox, const QByteArray &owner, InputItem::Traits traits);
    void walkEmlx(const QString &origin, const QByteArray &bytes);
    void walkArchive(ArchiveReader &reader, const QString &origin, const QString &name, bool report, int depth, Budget &budget);
    bool readEntry(Reading &reading, const QString &origin, const QString &name, int depth);
    Pull pull(Reading &reading, QByteArray *into, qint64 max);
    void drain(Reading &reading);
    void reportEntryError(const Reading &reading, const QString &origin);

    Budget freshBudget() const;
    bool tooLarge(const QString &origin, qint64 size);
    void emitItem(InputItem &&item);
    void fail(const QString &origin, const QString &reason);

    QStringList m_passwords;
    WalkLimits m_limits;
    const ItemSink &m_onItem;
    const FailureSink &m_onFailure;
    const std::atomic_bool &m_cancel;
    bool m_stop = false;
    bool m_abandon = false; ///< a bomb was found: unwind to the top-level archive
    qint64 m_reported = 0; ///< items and failures so far
};

} // namespace shoal::ingest
