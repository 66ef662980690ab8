#include "mail/compressedrtf.h"

#include <QtEndian>

#include <array>

namespace shoal::rtf {

namespace {

constexpr quint32 kLzfu = 0x75465A4C; // "LZFu"
constexpr quint32 kMela = 0x414C454D; // "MELA"
constexpr int kDictionarySize = 4096;

// MS-OXRTFCP 2.1.3.1.1: the dictionary starts out holding these 207 bytes.
constexpr char kPrebuffer[] = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
                              "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
                              "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
constexpr int kPrebufferSize = sizeof(kPrebuffer) - 1;
static_assert(kPrebufferSize == 207);

// The CRC of MS-OXRTFCP 2.1.3.2: CRC-32's table, but starting from 0 and without the final XOR.
quint32 crc(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> result {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 value = i;
            for (int bit = 0; bit < 8; ++bit)
                value = (value & 1) ? (value >> 1) ^ 0xEDB88320u : value >> 1;
            result[i] = value;
        }
        return result;
    }();
    quint32 value = 0;
    for (char c : data)
        value = table[(value ^ quint8(c)) & 0xFF] ^ (value >> 8);
    return value;
}

// Returns true when the end marker was reached (as opposed to running out of input).
bool inflate(QByteArrayView in, qsizetype maxOutput, QByteArray *out)
{
    std::array<char, kDictionarySize> dictionary {};
    std::copy_n(kPrebuffer, kPrebufferSize, dictionary.begin());
    int writePosition = kPrebufferSize;
    qsizetype position = 0;
    while (position < in.size()) {
        const quint8 control = quint8(in[position++]);
        for (int bit = 0; bit < 8; ++bit) {
            if (out->size() >= maxOutput)
                return false;
            if (!(control & (1 << bit))) {
                if (position >= in.size())
                    return false;
                const char literal = in[position++];
                out->append(literal);
                dictionary[size_t(writePosition)] = literal;
                writePosition = (writePosition + 1) % kDictionarySize;
                continue;
            }
            if (position + 1 >= in.size())
                return false;
            const int reference = (quint8(in[position]) << 8) | quint8(in[position + 1]);
            position += 2;
            int offset = reference >> 4;
            const int length = (reference & 0xF) + 2;
            // A reference to the write position itself marks the end of the compressed data.
            if (offset == writePosition)
                return true;
            for (int i = 0; i < length; ++i) {
                const char byte = dictionary[size_t(offset)];
                out->append(byte);
                dictionary[size_t(writePosition)] = byte;
                writePosition = (writePosition + 1) % kDictionarySize;
                offset = (offset + 1) % kDictionarySize;
            }
        }
    }
    return false;
}

} // namespace

Decompressed decompress(QByteArrayView data, qsizetype maxOutput)
{
    Decompressed result;
    if (data.size() < 16) {
        result.error = QStringLiteral("compressed RTF shorter than its 16-byte header");
        return result;
    }
    const auto *header = reinterpret_cast<const uchar *>(data.data());
    const quint32 compressedSize = qFromLittleEndian<quint32>(header);
    const quint32 rawSize = qFromLittleEndian<quint32>(header + 4);
    const quint32 type = qFromLittleEndian<quint32>(header + 8);
    const quint32 storedCrc = qFromLittleEndian<quint32>(header + 12);
    QByteArrayView payload = data.sliced(16);
    if (type == kMela) {
        // Writers disagree on COMPSIZE for uncompressed RTF (the spec's size + 12, or the raw
        // size); the raw size is what counts.
        result.rtf = payload.first(std::min<qsizetype>({ payload.size(), qsizetype(rawSize), maxOutput })).toByteArray();
        result.ok = true;
        if (qsizetype(rawSize) > payload.size())
            result.warning = QStringLiteral("uncompressed RTF claims %1 bytes but has %2").arg(rawSize).arg(payload.size());
        return result;
    }
    // COMPSIZE counts everything after itself; trust the stream when they disagree.
    if (compressedSize >= 12 && qint64(compressedSize) - 12 < payload.size())
        payload = payload.first(qsizetype(compressedSize) - 12);
    else if (qint64(compressedSize) - 12 != payload.size())
        result.warning = QStringLiteral("compressed RTF claims %1 bytes but has %2").arg(compressedSize).arg(payload.size() + 12);
    if (type != kLzfu) {
        result.error = QStringLiteral("unknown compressed RTF type 0x%1").arg(type, 8, 16, QLatin1Char('0'));
        return result;
    }
    if (crc(payload) != storedCrc)
        result.warning = QStringLiteral("compressed RTF fails its CRC check");
    result.rtf.reserve(std::min<qsizetype>({ qsizetype(rawSize), payload.size() * 8, maxOutput }));
    const bool ended = inflate(payload, maxOutput, &result.rtf);
    result.ok = true;
    if (!ended && result.warning.isEmpty())
        result.warning = QStringLiteral("compressed RTF ends without its end marker");
    // Writers pad the last run; the header's size is the text's real length.
    if (result.rtf.size() > qsizetype(rawSize))
        result.rtf.truncate(qsizetype(rawSize));
    else if (result.rtf.size() < qsizetype(rawSize) && result.warning.isEmpty())
        result.warning = QStringLiteral("compressed RTF yields %1 of its %2 bytes").arg(result.rtf.size()).arg(rawSize);
    return result;
}

} // namespace shoal::rtf
