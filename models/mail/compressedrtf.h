#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace shoal::rtf {

/// The outcome of decompressing a PR_RTF_COMPRESSED value.
struct Decompressed {
    QByteArray rtf;
    bool ok = false; ///< false: `error` says why; `rtf` holds what could be recovered
    QString error;
    QString warning; ///< a repair made on the way (CRC or size mismatch), empty when none
};

/*!
 * \brief Decompresses Compressed RTF (MS-OXRTFCP): the LZFu dictionary coding Outlook stores
 * bodies in, and the uncompressed "MELA" variant.
 *
 * Output is bounded: LZFu cannot expand more than eightfold, and never beyond `maxOutput`. A bad
 * CRC or a size that differs from the header is a warning, not a failure: the text is still
 * the best there is.
 */
Decompressed decompress(QByteArrayView data, qsizetype maxOutput = qsizetype(256) * 1024 * 1024);

} // namespace shoal::rtf
