#pragma once

#include <QByteArray>
#include <QFlags>
#include <QString>

namespace shoal {

/*!
 * \brief One message found by InputWalker: its bytes and where they came from.
 *
 * `bytes` are the stored bytes, unchanged, whenever the message was a file of its own (on disk or
 * in an archive): a UTF-8 byte order mark or a leading mbox From_ line stays in place and is only
 * reported in `traits`, because the raw sample is evidence. Only messages cut out of a container
 * file (an mbox, an Apple Mail .emlx) are new byte strings; `container` says which.
 */
struct InputItem {
    enum class Kind {
        Eml, ///< RFC 5322 / MIME text
        Msg, ///< Outlook compound file (OLE2)
    };
    enum class Container {
        File, ///< the whole file or archive entry, byte for byte
        Mbox, ///< one message of an mbox, its From_ line removed and ">From " unescaped
        Emlx, ///< the message part of an Apple Mail .emlx (count line and plist removed)
    };
    enum class Trait {
        Utf8Bom = 0x1, ///< the bytes start with EF BB BF
        FromLine = 0x2, ///< the bytes start with an mbox From_ line (a single-message mbox)
        Truncated = 0x4, ///< the container promised more bytes than it held
    };
    Q_DECLARE_FLAGS(Traits, Trait)

    /// "/cases/a.eml", "/cases/x.zip!inner/dir/a.eml", "/cases/box.mbox#17" (1-based),
    /// "/cases/x.zip!y.zip!box.mbox#2".
    QString origin;
    QByteArray bytes;
    Kind kind = Kind::Eml;
    Container container = Container::File;
    Traits traits;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(InputItem::Traits)

/// Something that was meant to be (or to hold) mail but could not be read.
struct InputFailure {
    QString origin; ///< same notation as InputItem::origin
    QString reason; ///< one human sentence, e.g. "encrypted zip entry: none of the 3 known passwords fits"
};

/// Bounds that keep hostile input (zip bombs, giant files) from exhausting memory or time.
struct WalkLimits {
    /// Largest single message, and largest archive or mbox held in memory when nested.
    qint64 maxMessageBytes = qint64(256) << 20;
    /// Most bytes one top-level archive may expand to, all nesting levels together.
    qint64 maxArchiveTotalBytes = qint64(2) << 30;
    /// Archives inside archives: a zip in a zip is depth 2.
    int maxArchiveDepth = 4;
    /// Most entries one top-level archive may hold, all nesting levels together.
    int maxEntries = 100000;
    /// Largest expanded/compressed size ratio of an archive (checked once it expanded past 1 MiB).
    double maxCompressionRatio = 200;
};

} // namespace shoal
