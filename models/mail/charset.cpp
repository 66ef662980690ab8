#include "mail/charset.h"

#include "mail/iso2022jp.h"

#include <QHash>
#include <QStringDecoder>

#include <uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace shoal::charset {

namespace {

// Labels that mail clients read as something wider than their registration. WHATWG's encoding
// standard and the Japanese clients agree on these.
const QHash<QByteArray, QByteArray> &aliases()
{
    static const QHash<QByteArray, QByteArray> table = {
        { "shift_jis", "cp932" },
        { "shift-jis", "cp932" },
        { "sjis", "cp932" },
        { "x-sjis", "cp932" },
        { "ms_kanji", "cp932" },
        { "csshiftjis", "cp932" },
        { "windows-31j", "cp932" },
        { "ms932", "cp932" },
        { "x-ms-cp932", "cp932" },
        { "cp932", "cp932" },
        { "iso-2022-jp", "iso-2022-jp" },
        { "csiso2022jp", "iso-2022-jp" },
        { "iso-2022-jp-1", "iso-2022-jp" },
        { "iso-2022-jp-2", "iso-2022-jp" },
        { "iso-2022-jp-3", "iso-2022-jp" },
        { "iso-2022-jp-ms", "iso-2022-jp" },
        { "cp50220", "iso-2022-jp" },
        { "cp50221", "iso-2022-jp" },
        { "cp50222", "iso-2022-jp" },
        { "euc-jp", "euc-jp" },
        { "x-euc-jp", "euc-jp" },
        { "eucjp", "euc-jp" },
        { "cp51932", "euc-jp" },
        { "eucjp-ms", "euc-jp" },
        { "us-ascii", "us-ascii" },
        { "ascii", "us-ascii" },
        { "ansi_x3.4-1968", "us-ascii" },
        { "iso-8859-1", "windows-1252" },
        { "latin1", "windows-1252" },
        { "iso_8859-1", "windows-1252" },
        { "windows-1252", "windows-1252" },
        { "cp1252", "windows-1252" },
        { "utf-8", "utf-8" },
        { "utf8", "utf-8" },
        { "unicode-1-1-utf-8", "utf-8" },
        { "gb2312", "gb18030" },
        { "gbk", "gb18030" },
        { "x-gbk", "gb18030" },
        { "gb18030", "gb18030" },
        { "cp936", "gb18030" },
        { "ks_c_5601-1987", "cp949" },
        { "euc-kr", "cp949" },
        { "cp949", "cp949" },
        { "big5", "big5" },
        { "tis-620", "windows-874" },
        { "iso-8859-11", "windows-874" },
    };
    return table;
}

// ICU's names for the canonical ones it decodes (ISO-2022-JP has a decoder of our own).
const char *icuName(const QByteArray &canonical)
{
    if (canonical == "cp932")
        return "ibm-943_P15A-2003";
    if (canonical == "euc-jp")
        return "ibm-33722_P12A_P12A-2009_U2";
    return nullptr;
}

struct ConverterDeleter {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterDeleter>;

// Opening an ICU converter costs far more than using one: each thread keeps its own.
UConverter *converterFor(const QByteArray &canonical)
{
    thread_local std::unordered_map<std::string, ConverterPtr> cache;
    const std::string key = canonical.toStdString();
    if (auto found = cache.find(key); found != cache.end())
        return found->second.get();
    const char *name = icuName(canonical);
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name ? name : key.c_str(), &status);
    if (U_FAILURE(status))
        converter = nullptr;
    cache.emplace(key, ConverterPtr(converter));
    return converter;
}

// Decodes with an ICU converter; `stopOnError` makes invalid input fail instead of becoming
// U+FFFD.
bool icuDecode(UConverter *converter, QByteArrayView bytes, bool stopOnError, QString *out)
{
    ucnv_reset(converter);
    UErrorCode status = U_ZERO_ERROR;
    if (stopOnError)
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    else
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
    out->resize(qsizetype(bytes.size()) * 2 + 16);
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(
        converter, reinterpret_cast<UChar *>(out->data()), int32_t(out->size()), bytes.data(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status)) {
        out->clear();
        return false;
    }
    out->resize(length);
    return true;
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Decodes with a canonical charset; false when the bytes do not fit it.
bool decodeWith(const QByteArray &canonical, QByteArrayView bytes, bool stopOnError, QString *out, bool *lossy)
{
    *lossy = false;
    if (canonical == "us-ascii") {
        if (!isAscii(bytes))
            return false;
        *out = QString::fromLatin1(bytes);
        return true;
    }
    if (canonical == "iso-2022-jp") {
        const Iso2022JpResult result = decodeIso2022Jp(bytes);
        if (result.errors > 0 && stopOnError)
            return false;
        *out = result.text;
        *lossy = result.errors > 0;
        return true;
    }
    if (canonical == "utf-8") {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError() && stopOnError)
            return false;
        *out = std::move(text);
        *lossy = decoder.hasError();
        return true;
    }
    UConverter *converter = converterFor(canonical);
    if (!converter)
        return false;
    if (icuDecode(converter, bytes, true, out))
        return true;
    if (stopOnError)
        return false;
    *lossy = true;
    return icuDecode(converter, bytes, false, out);
}

QByteArray guessCharset(QByteArrayView bytes)
{
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, bytes.data(), size_t(bytes.size()));
    uchardet_data_end(detector);
    const QByteArray guess = QByteArray(uchardet_get_charset(detector)).toLower();
    uchardet_delete(detector);
    return guess;
}

} // namespace

QString canonicalName(QByteArrayView label)
{
    const QByteArray key = label.trimmed().toByteArray().toLower();
    if (key.isEmpty())
        return {};
    if (const auto found = aliases().constFind(key); found != aliases().constEnd())
        return QString::fromLatin1(*found);
    UErrorCode status = U_ZERO_ERROR;
    const char *known = ucnv_getAlias(key.constData(), 0, &status);
    return U_SUCCESS(status) && known ? QString::fromLatin1(key) : QString();
}

QString decodeStrict(QByteArrayView bytes, QByteArrayView charsetName, bool *ok)
{
    const QByteArray canonical = canonicalName(charsetName).toLatin1();
    QString text;
    bool lossy = false;
    *ok = !canonical.isEmpty() && decodeWith(canonical, bytes, true, &text, &lossy);
    return *ok ? text : QString();
}

namespace {

// A single-byte label accepts any bytes, so a wrong one never fails to decode: UTF-8 or
// Japanese text labelled Latin-1 is found by its own structure instead.
bool singleByteLabel(const QByteArray &canonical)
{
    return canonical.startsWith("windows-125") || canonical.startsWith("iso-8859-") || canonical.startsWith("koi8");
}

std::optional<Decoded> betterThanSingleByte(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return std::nullopt;
    Decoded better;
    better.guessed = true;
    bool lossy = false;
    if (decodeWith("utf-8", bytes, true, &better.text, &lossy)) {
        better.charset = QStringLiteral("utf-8");
        return better;
    }
    static const QList<QByteArray> kMultiByte = { "cp932", "euc-jp", "iso-2022-jp", "gb18030", "big5", "cp949" };
    const QByteArray guess = canonicalName(guessCharset(bytes)).toLatin1();
    if (kMultiByte.contains(guess) && decodeWith(guess, bytes, true, &better.text, &lossy)) {
        better.charset = QString::fromLatin1(guess);
        return better;
    }
    return std::nullopt;
}

} // namespace

Decoded decode(QByteArrayView bytes, QByteArrayView declared)
{
    Decoded result;
    const QByteArray canonical = canonicalName(declared).toLatin1();
    if (!canonical.isEmpty() && decodeWith(canonical, bytes, true, &result.text, &result.lossy)) {
        result.charset = QString::fromLatin1(canonical);
        if (singleByteLabel(canonical)) {
            if (std::optional<Decoded> better = betterThanSingleByte(bytes))
                return *better;
        }
        return result;
    }
    if (isAscii(bytes) && !bytes.contains('\x1b')) {
        result.text = QString::fromLatin1(bytes);
        result.charset = QStringLiteral("us-ascii");
        // An ASCII text needs no guess, whatever it claimed to be.
        result.guessed = false;
        return result;
    }
    // ISO-2022-JP is 7-bit: its escape sequences give it away before any statistics.
    QByteArray guess = bytes.contains("\x1b$B") || bytes.contains("\x1b$@") ? QByteArray("iso-2022-jp") : guessCharset(bytes);
    QByteArray guessed = canonicalName(guess).toLatin1();
    if (guessed.isEmpty())
        guessed = "windows-1252";
    result.guessed = true;
    if (!decodeWith(guessed, bytes, true, &result.text, &result.lossy)) {
        // Nothing fits: keep the declared charset if known, else the guess, and mark the loss.
        if (!canonical.isEmpty())
            guessed = canonical;
        decodeWith(guessed, bytes, false, &result.text, &result.lossy);
        result.lossy = true;
    }
    result.charset = QString::fromLatin1(guessed);
    return result;
}

void noteDecoding(const Decoded &decoded, QByteArrayView declared, const QString &where, ParseNotes &notes)
{
    const QString declaredName = declared.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(declared);
    if (decoded.guessed)
        notes.warning(QStringLiteral("charset-guessed"),
            QStringLiteral("%1: declared charset %2 did not fit; decoded as %3 (guessed)").arg(where, declaredName, decoded.charset));
    if (decoded.lossy)
        notes.warning(QStringLiteral("charset-lossy"),
            QStringLiteral("%1: some bytes are not valid %2 and were replaced").arg(where, decoded.charset));
}

} // namespace shoal::charset
