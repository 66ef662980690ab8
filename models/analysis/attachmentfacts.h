#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace shoal {

/// What an analyst looks up about an attached file: its size, hashes and real type.
struct AttachmentFacts {
    qint64 size = 0;
    QByteArray md5; ///< lower-case hex
    QByteArray sha1; ///< lower-case hex
    QByteArray sha256; ///< lower-case hex
    QString ssdeep; ///< context-triggered piecewise hash, "blocksize:hash:hash"
    QString trueType; ///< libmagic's description, e.g. "PDF document, version 1.4"; empty when unknown
    QString trueMime; ///< libmagic's MIME type, e.g. "application/pdf"; empty when unknown

    bool operator==(const AttachmentFacts &) const = default;
};

/*!
 * \brief Hashes `data` (MD5, SHA-1, SHA-256 and ssdeep, in one pass over it) and asks libmagic
 * what it really is, whatever its name and claimed MIME type say.
 *
 * Safe to call from several threads at once: each thread opens its own libmagic handles (a
 * handle is not thread-safe) on first use and keeps them. libmagic sees the first 1 MB only,
 * which is where file signatures live, so a huge attachment costs no more than a small one.
 */
AttachmentFacts attachmentFacts(QByteArrayView data);

/// ssdeep's match score of two hashes, 0 (unrelated) to 100 (near-identical); -1 when either
/// is not an ssdeep hash.
int ssdeepSimilarity(const QString &a, const QString &b);

} // namespace shoal
