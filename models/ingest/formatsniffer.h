#pragma once

#include "ingest/inputitem.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace shoal::ingest {

/// How many leading bytes sniff() wants to see (it copes with fewer).
inline constexpr qsizetype kSniffBytes = 64 * 1024;

/// What a file is, judged by its content alone.
enum class Format {
    Empty,
    Eml, ///< RFC 5322 text: a header block
    Mbox, ///< starts with a From_ line followed by a header
    Emlx, ///< Apple Mail: a byte-count line, the message, then a property list
    Ole2, ///< a compound file; an Outlook message only when isOutlookMessage() agrees
    Archive, ///< zip, 7z, rar, tar
    Compressed, ///< one gzip/bzip2/xz/zstd stream (a .tar.gz, or a single compressed file)
    Other, ///< not mail; Sniffed::what says what it looks like
};

struct Sniffed {
    Format format = Format::Other;
    InputItem::Traits traits;
    QString what; ///< for Other: "a PNG image", "text without mail headers"...
    bool ignorable = false; ///< Other that is never reported (macOS AppleDouble "._x.eml" files)
};

/*!
 * \brief Judges the first bytes of a file (up to kSniffBytes).
 *
 * Mail is recognised by a header block: the first line that is not blank must be a header
 * field, and one of the usual mail headers (From, Received, Subject...) must follow, so that a
 * note saying "Todo: call back" is not mistaken for mail. `lenient` is for files whose name
 * promises mail (hasMailExtension()): any header field, or a From_ line alone, is then enough.
 * Line ends may be CRLF, LF or bare CR.
 */
Sniffed sniff(QByteArrayView head, bool lenient);

/// A compound file is an Outlook item when its directory names the MAPI property streams; .doc
/// and .xls files are compound files too.
bool isOutlookMessage(QByteArrayView whole);

/// .eml, .msg, .mbox, .mbx, .emlx (any case).
bool hasMailExtension(QStringView fileName);
/// .eml, .msg, .emlx: the name says "one message", so a From_ line at its top does not make
/// it an mbox (bounces quote whole messages, From_ line included).
bool hasSingleMessageExtension(QStringView fileName);

/// A header field line "Name: value" (obsolete white space before the colon allowed).
bool isHeaderFieldLine(QByteArrayView line);

} // namespace shoal::ingest
