#include "mail/transferdecoding.h"

#include "mail/headerdecoding_p.h"

#include <array>
#include <string_view>

namespace shoal::mime {

namespace {

// Each byte's value in the base64 alphabet, -1 for bytes outside it.
constexpr std::array<signed char, 256> kBase64Values = [] {
    constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::array<signed char, 256> values {};
    values.fill(-1);
    for (size_t i = 0; i < alphabet.size(); ++i)
        values[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return values;
}();

} // namespace

QByteArray decodeBase64(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size() * 3 / 4);
    quint32 bits = 0;
    int count = 0;
    for (char c : encoded) {
        if (c == '=')
            break;
        const int value = kBase64Values[static_cast<unsigned char>(c)];
        if (value < 0)
            continue;
        bits = (bits << 6) | quint32(value);
        if (++count == 4) {
            out.append(char(bits >> 16)).append(char(bits >> 8)).append(char(bits));
            bits = 0;
            count = 0;
        }
    }
    // A final group of 2 or 3 characters holds 1 or 2 bytes; a lone character holds none.
    if (count == 2) {
        out.append(char(bits >> 4));
    } else if (count == 3) {
        out.append(char(bits >> 10)).append(char(bits >> 2));
    }
    return out;
}

QByteArray decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    qsizetype pos = 0;
    while (pos < encoded.size()) {
        qsizetype lineEnd = encoded.indexOf('\n', pos);
        const qsizetype next = lineEnd < 0 ? encoded.size() : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = encoded.size();
        qsizetype end = lineEnd;
        if (end > pos && encoded[end - 1] == '\r')
            --end;
        const QByteArrayView lineBreak = encoded.sliced(end, next - end);
        // Transport padding at the end of a line is not data (RFC 2045 6.7 rule 3).
        while (end > pos && (encoded[end - 1] == ' ' || encoded[end - 1] == '\t'))
            --end;
        const bool soft = end > pos && encoded[end - 1] == '=';
        if (soft)
            --end;
        for (qsizetype i = pos; i < end; ++i) {
            const char c = encoded[i];
            if (c == '=' && i + 2 < end) {
                const int high = detail::hexValue(encoded[i + 1]);
                const int low = detail::hexValue(encoded[i + 2]);
                if (high >= 0 && low >= 0) {
                    out.append(char(high * 16 + low));
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        if (!soft)
            out.append(lineBreak.toByteArray());
        pos = next;
    }
    return out;
}

} // namespace shoal::mime
