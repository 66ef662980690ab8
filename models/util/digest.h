#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace shoal {

/*!
 * \brief Message digests as lower-case hex, through OpenSSL's libcrypto.
 *
 * Every imported byte is hashed at least once (a sample's identity is its SHA-256; attachments
 * get MD5, SHA-1 and SHA-256), and QCryptographicHash's portable SHA-256 runs at a tenth of the
 * speed of OpenSSL's, which uses the CPU's SHA instructions.
 */
QByteArray sha256Hex(QByteArrayView data);

struct Digests {
    QByteArray md5, sha1, sha256; ///< lower-case hex
};
Digests allDigests(QByteArrayView data);

} // namespace shoal
