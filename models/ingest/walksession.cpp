#include "ingest/walksession.h"

#include "ingest/archivereader.h"
#include "ingest/inputwalker.h"
#include "ingest/mboxsplitter.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace shoal::ingest {

namespace {

constexpr qint64 kChunk = 64 * 1024;
// Below this much output a high ratio is harmless (a small, very repetitive text).
constexpr qint64 kRatioFloor = 1 << 20;

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, bytes < 1024 ? 0 : 1, QLocale::DataSizeIecFormat);
}

QString notMail(const QString &what)
{
    return InputWalker::tr("not a mail message, mailbox or archive: %1").arg(what);
}

// OOXML and ODF files are zips; their first entry gives them away.
bool isOfficeDocumentEntry(const QString &name)
{
    return name == QLatin1StringView("[Content_Types].xml") || name == QLatin1StringView("mimetype");
}

} // namespace

WalkSession::WalkSession(const QStringList &passwords, const WalkLimits &limits, const ItemSink &onItem, const FailureSink &onFailure,
    const std::atomic_bool &cancel)
    : m_passwords(passwords), m_limits(limits), m_onItem(onItem), m_onFailure(onFailure), m_cancel(cancel)
{
}

WalkSession::Budget WalkSession::freshBudget() const
{
    return Budget { m_limits.maxArchiveTotalBytes, m_limits.maxEntries };
}

void WalkSession::emitItem(InputItem &&item)
{
    if (stopped())
        return;
    ++m_reported;
    if (!m_onItem(std::move(item)))
        m_stop = true;
}

void WalkSession::fail(const QString &origin, const QString &reason)
{
    if (stopped())
        return;
    ++m_reported;
    m_onFailure(InputFailure { origin, reason });
}

bool WalkSession::tooLarge(const QString &origin, qint64 size)
{
    if (size <= m_limits.maxMessageBytes)
        return false;
    fail(origin,
        InputWalker::tr("%1 is above the limit of %2 for one message; not read").arg(humanSize(size), humanSize(m_limits.maxMessageBytes)));
    return true;
}

void WalkSession::walkFile(const QString &path, const QString &origin, bool explicitlyGiven)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    const bool mailName = hasMailExtension(name);
    const bool report = explicitlyGiven || mailName;
    if (file.size() == 0) {
        // An empty file named like mail is a lost sample to report; any other (a lock file of
        // notmuch or mu inside a Maildir) was never mail.
        if (report)
            fail(origin, InputWalker::tr("empty file"));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(origin, InputWalker::tr("cannot open: %1").arg(file.errorString()));
        return;
    }
    const QByteArray head = file.read(kSniffBytes);
    if (head.isEmpty() && file.error() != QFileDevice::NoError) {
        fail(origin, InputWalker::tr("cannot read: %1").arg(file.errorString()));
        return;
    }
    const Sniffed sniffed = sniff(head, mailName);
    switch (sniffed.format) {
    case Format::Empty:
        fail(origin, InputWalker::tr("empty file"));
        return;
    case Format::Mbox: {
        // Mapped, not read: an mbox may be far larger than memory; pages come and go as needed.
        const qint64 size = file.size();
        if (const uchar *mapped = file.map(0, size)) {
            walkMbox(origin, name, QByteArrayView(reinterpret_cast<const char *>(mapped), size), QByteArray(), sniffed.traits);
            file.unmap(const_cast<uchar *>(mapped));
        } else if (!tooLarge(origin, size)) {
            walkMbox(origin, name, {}, head + file.read(m_limits.maxMessageBytes), sniffed.traits);
        }
        return;
    }
    case Format::Archive:
    case Format::Compressed: {
        file.close();
        openArchive(origin, name, sniffed, report, 0, nullptr, [&path](ArchiveReader &reader) { return reader.openFile(path); });
        return;
    }
    case Format::Eml:
    case Format::Emlx:
    case Format::Ole2:
        if (tooLarge(origin, file.size()))
            return;
        handleBytes(origin, name, head + file.read(m_limits.maxMessageBytes), sniffed, report, 0, nullptr);
        return;
    case Format::Other:
        if (report && !sniffed.ignorable)
            fail(origin, notMail(sniffed.what));
        return;
    }
}

void WalkSession::walkBlob(const QString &origin, const QByteArray &bytes)
{
    const QString name = origin.section(QLatin1Char('/'), -1);
    handleBytes(
        origin, name, bytes, sniff(QByteArrayView(bytes).first(qMin(bytes.size(), kSniffBytes)), hasMailExtension(name)), true, 0, nullptr);
}

void WalkSession::handleBytes(
    const QString &origin, const QString &name, const QByteArray &bytes, const Sniffed &sniffed, bool report, int depth, Budget *budget)
{
    switch (sniffed.format) {
    case Format::Empty:
        fail(origin, InputWalker::tr("empty file"));
        return;
    case Format::Eml:
        if (!tooLarge(origin, bytes.size()))
            emitItem(InputItem { origin, bytes, InputItem::Kind::Eml, InputItem::Container::File, sniffed.traits });
        return;
    case Format::Mbox:
        walkMbox(origin, name, bytes, bytes, sniffed.traits);
        return;
    case Format::Emlx:
        walkEmlx(origin, bytes);
        return;
    case Format::Ole2:
        // A .msg name is trusted even when the directory is too damaged to show the MAPI streams:
        // the reader then says what is wrong with it.
        if (isOutlookMessage(bytes) || name.endsWith(QLatin1StringView(".msg"), Qt::CaseInsensitive)) {
            if (!tooLarge(origin, bytes.size()))
                emitItem(InputItem { origin, bytes, InputItem::Kind::Msg, InputItem::Container::File, {} });
        } else if (report) {
            fail(origin, notMail(InputWalker::tr("an Office document (OLE2 compound file), not an Outlook message")));
        }
        return;
    case Format::Archive:
    case Format::Compressed: {
        if (depth >= m_limits.maxArchiveDepth) {
            fail(origin, InputWalker::tr("archives nested more than %1 levels deep; not opened (zip bomb?)").arg(m_limits.maxArchiveDepth));
            m_abandon = budget != nullptr;
            return;
        }
        openArchive(origin, name, sniffed, report, depth, budget, [&bytes](ArchiveReader &reader) { return reader.openMemory(bytes); });
        return;
    }
    case Format::Other:
        if (report && !sniffed.ignorable)
            fail(origin, notMail(sniffed.what));
        return;
    }
}

void WalkSession::openArchive(const QString &origin, const QString &name, const Sniffed &sniffed, bool report, int depth, Budget *budget,
    const std::function<bool(ArchiveReader &)> &open)
{
    ArchiveReader reader(m_passwords, sniffed.format == Format::Compressed);
    if (!open(reader)) {
        if (report)
            fail(origin, InputWalker::tr("cannot open as an archive: %1").arg(reader.errorString()));
        return;
    }
    // A top-level archive starts the budget that everything nested in it shares.
    Budget fresh = freshBudget();
    walkArchive(reader, origin, name, report, depth + 1, budget ? *budget : fresh);
    if (!budget)
        m_abandon = false;
}

void WalkSession::walkMbox(
    const QString &origin, const QString &name, QByteArrayView mbox, const QByteArray &owner, InputItem::Traits traits)
{
    if (!owner.isNull())
        mbox = owner;
    MboxSplitter splitter(mbox);
    QByteArrayView message;
    if (!splitter.next(&message))
        return;
    // One message after a From_ line is just as likely a single .eml saved with its envelope
    // line: keep its bytes as stored rather than cutting them. So too for any file named as one
    // message, whatever "From " lines its body holds.
    if (splitter.atEnd() || hasSingleMessageExtension(name)) {
        if (!tooLarge(origin, mbox.size()))
            emitItem(InputItem { origin, owner.isNull() ? mbox.toByteArray() : owner, InputItem::Kind::Eml, InputItem::Container::File,
                traits | InputItem::Trait::FromLine });
        return;
    }
    int index = 0;
    do {
        const QString messageOrigin = origin + QLatin1Char('#') + QString::number(++index);
        if (message.trimmed().isEmpty())
            fail(messageOrigin, InputWalker::tr("empty message"));
        else if (!tooLarge(messageOrigin, message.size()))
            emitItem(InputItem { messageOrigin, MboxSplitter::unescape(message), InputItem::Kind::Eml, InputItem::Container::Mbox, {} });
    } while (!stopped() && splitter.next(&message));
}

void WalkSession::walkEmlx(const QString &origin, const QByteArray &bytes)
{
    // "<byte count>\n<message><plist>": the count says where the message ends.
    qsizetype lineEnd = 0;
    while (lineEnd < bytes.size() && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r')
        ++lineEnd;
    const qint64 declared = bytes.first(lineEnd).trimmed().toLongLong();
    qsizetype begin = lineEnd;
    if (begin < bytes.size() && bytes[begin] == '\r')
        ++begin;
    if (begin < bytes.size() && bytes[begin] == '\n')
        ++begin;
    const qint64 available = bytes.size() - begin;
    if (declared <= 0 || available == 0) {
        fail(origin, InputWalker::tr("empty message"));
        return;
    }
    InputItem item { origin, bytes.sliced(begin, qMin(declared, available)), InputItem::Kind::Eml, InputItem::Container::Emlx, {} };
    if (declared > available)
        item.traits |= InputItem::Trait::Truncated;
    emitItem(std::move(item));
}

void WalkSession::walkArchive(ArchiveReader &reader, const QString &origin, const QString &name, bool report, int depth, Budget &budget)
{
    Reading reading { reader, origin, budget };
    const qint64 reportedBefore = m_reported;
    bool first = true;
    int headerFailures = 0;
    while (!stopped() && !m_abandon) {
        const ArchiveReader::Next next = reader.next();
        if (next == ArchiveReader::Next::End)
            break;
        if (next == ArchiveReader::Next::Failed) {
            fail(origin, InputWalker::tr("damaged or truncated %1: %2").arg(reader.archiveLabel(), reader.errorString()));
            if (reader.isFatal() || ++headerFailures >= 16)
                break;
            continue;
        }
        if (--budget.entriesLeft < 0) {
            fail(origin, InputWalker::tr("more than %1 entries; the rest was not read (zip bomb?)").arg(m_limits.maxEntries));
            m_abandon = true;
            break;
        }
        if (!reader.entryIsFile())
            continue;
        const QString entryName = reader.entryName(name);
        // An Office document is a zip, but nobody meant it as an archive of mail.
        if (first && !report && isOfficeDocumentEntry(entryName))
            return;
        first = false;
        if (entryName.startsWith(QLatin1StringView("__MACOSX/")))
            continue;
        if (!readEntry(reading, origin + QLatin1Char('!') + entryName, entryName, depth))
            break;
    }
    if (report && depth == 1 && m_reported == reportedBefore && !stopped())
        fail(origin, InputWalker::tr("no mail messages in this %1").arg(reader.archiveLabel()));
}

bool WalkSession::readEntry(Reading &reading, const QString &origin, const QString &name, int depth)
{
    const bool mailName = hasMailExtension(name);
    QByteArray bytes;
    Pull pulled = Pull::Data;
    while (pulled == Pull::Data && bytes.size() < kSniffBytes) {
        const qsizetype before = bytes.size();
        pulled = pull(reading, &bytes, kSniffBytes - bytes.size());
        if (pulled == Pull::Data && bytes.size() == before)
            break;
    }
    if (pulled == Pull::Abandon)
        return false;
    if (pulled == Pull::Error) {
        reportEntryError(reading, origin);
        return !reading.reader.isFatal();
    }
    const Sniffed sniffed = sniff(bytes, mailName);
    if (sniffed.format == Format::Empty) {
        if (mailName)
            fail(origin, InputWalker::tr("empty file"));
        return true;
    }
    if (sniffed.format == Format::Other) {
        if (mailName && !sniffed.ignorable)
            fail(origin, notMail(sniffed.what));
        drain(reading);
        return !m_abandon;
    }
    if (tooLarge(origin, reading.reader.entryDeclaredSize())) {
        drain(reading);
        return !m_abandon;
    }
    for (;;) {
        const qsizetype before = bytes.size();
        pulled = pull(reading, &bytes, kChunk);
        if (pulled != Pull::Data || bytes.size() == before)
            break;
        if (bytes.size() > m_limits.maxMessageBytes) {
            const bool container
                = sniffed.format == Format::Mbox || sniffed.format == Format::Archive || sniffed.format == Format::Compressed;
            fail(origin,
                container
                    ? InputWalker::tr("a mailbox or archive inside an archive larger than the limit of %1; not read")
                          .arg(humanSize(m_limits.maxMessageBytes))
                    : InputWalker::tr("larger than the limit of %1 for one message; not read").arg(humanSize(m_limits.maxMessageBytes)));
            drain(reading);
            return !m_abandon;
        }
    }
    if (pulled == Pull::Abandon)
        return false;
    if (pulled == Pull::Error) {
        reportEntryError(reading, origin);
        return !reading.reader.isFatal();
    }
    handleBytes(origin, name, bytes, sniffed, mailName, depth, &reading.budget);
    return !m_abandon && !stopped();
}

WalkSession::Pull WalkSession::pull(Reading &reading, QByteArray *into, qint64 max)
{
    if (stopped())
        return Pull::Abandon;
    const qsizetype before = into->size();
    into->resize(before + max);
    const qint64 length = reading.reader.read(into->data() + before, max);
    into->resize(before + qMax<qint64>(length, 0));
    if (length < 0)
        return Pull::Error;
    reading.expanded += length;
    reading.budget.bytesLeft -= length;
    if (reading.budget.bytesLeft < 0) {
        fail(reading.origin,
            InputWalker::tr("expands to more than %1; the rest was not read (zip bomb?)").arg(humanSize(m_limits.maxArchiveTotalBytes)));
        m_abandon = true;
        return Pull::Abandon;
    }
    const qint64 consumed = qMax<qint64>(reading.reader.consumedBytes(), 1);
    if (reading.expanded > kRatioFloor && double(reading.expanded) > m_limits.maxCompressionRatio * double(consumed)) {
        fail(reading.origin,
            InputWalker::tr("zip bomb: expands to more than %1 times its size; not read further").arg(m_limits.maxCompressionRatio));
        m_abandon = true;
        return Pull::Abandon;
    }
    return Pull::Data;
}

void WalkSession::drain(Reading &reading)
{
    // A zip skips an entry by seeking past its compressed bytes. Other formats would decompress
    // it inside libarchive, out of sight of the limits, so it is read (and counted) here.
    if (reading.reader.formatName() == QLatin1StringView("zip"))
        return;
    QByteArray scratch;
    Pull pulled = Pull::Data;
    do {
        scratch.clear();
        pulled = pull(reading, &scratch, kChunk);
    } while (pulled == Pull::Data && !scratch.isEmpty());
}

void WalkSession::reportEntryError(const Reading &reading, const QString &origin)
{
    const ArchiveReader &reader = reading.reader;
    const QString format = reader.entryLabel();
    if (!reader.entryIsEncrypted()) {
        fail(origin, InputWalker::tr("cannot read this %1 (damaged or truncated): %2").arg(format, reader.errorString()));
        return;
    }
    const QString error = reader.errorString();
    if (error.contains(QLatin1StringView("support"), Qt::CaseInsensitive))
        fail(origin, InputWalker::tr("encrypted %1: this kind of encryption cannot be opened (%2)").arg(format, error));
    else if (m_passwords.isEmpty())
        fail(origin, InputWalker::tr("encrypted %1 and no password is configured").arg(format));
    else if (m_passwords.size() == 1)
        fail(origin, InputWalker::tr("encrypted %1: the known password does not fit").arg(format));
    else
        fail(origin, InputWalker::tr("encrypted %1: none of the %2 known passwords fits").arg(format).arg(m_passwords.size()));
}

} // namespace shoal::ingest
