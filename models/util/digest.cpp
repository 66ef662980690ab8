#include "util/digest.h"

#include <openssl/evp.h>

namespace shoal {

namespace {

QByteArray digestHex(const EVP_MD *algorithm, QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &length, algorithm, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
}

} // namespace

QByteArray sha256Hex(QByteArrayView data)
{
    return digestHex(EVP_sha256(), data);
}

Digests allDigests(QByteArrayView data)
{
    return Digests{digestHex(EVP_md5(), data), digestHex(EVP_sha1(), data), digestHex(EVP_sha256(), data)};
}

} // namespace shoal
