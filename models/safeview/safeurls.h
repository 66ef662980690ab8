#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QUrl>

#include <optional>

// The URLs of the safe view: Shoal's own schemes, the defanged spelling shown to the analyst,
// and the only data: URLs the view lets through.
namespace shoal::safeview {

/// The scheme of the sanitised page itself ("shoal-mail:document/1").
inline constexpr QLatin1StringView kPageScheme("shoal-mail");
/// The scheme of a message's inline parts, addressed by Content-ID ("shoal-part:logo%40x").
inline constexpr QLatin1StringView kPartScheme("shoal-part");

/// The Content-Security-Policy of every safe page: nothing but inline styles and images from the
/// message itself. Sent as a response header and repeated in a <meta> of the document.
inline constexpr QLatin1StringView kContentSecurityPolicy("default-src 'none'; img-src shoal-part: data:; style-src 'unsafe-inline'; "
                                                          "form-action 'none'; base-uri 'none'");

/// "shoal-part:" + the Content-ID, percent-encoded so that the result needs no quoting anywhere
/// (no quotes, parentheses, spaces or backslashes survive).
QString partUrl(const QString &contentId);

/// The Content-ID a shoal-part: URL names; empty for any other URL.
QString contentIdOfPartUrl(const QUrl &url);

/// A URL as the analyst may see it: trimmed, cut to `maxLength` characters ("…" marks a cut) and
/// defanged ("hxxps://evil[.]example/x.png"), so that copying it anywhere cannot open it.
QString displayUrl(QStringView url, qsizetype maxLength = 300);

/// A host name as the analyst may see it: "evil[.]example", "192.0.2[.]1".
QString displayHost(const QString &host);

/// The URL with what browsers ignore removed (ASCII tab, CR and LF anywhere; leading control
/// characters and spaces), so that "java\tscript:" is seen for what it is.
QString urlAsBrowsersRead(QStringView url);

/// True for javascript:, vbscript: and livescript: URLs (after urlAsBrowsersRead()).
bool isScriptUrl(QStringView url);

/// A data: URL the view may show: an image/png, gif, jpeg or webp in base64 whose decoded size
/// is at most `maxBytes`. Returns the URL normalised (no whitespace, lower-case type), or nothing.
std::optional<QString> acceptedDataImage(QStringView url, qsizetype maxBytes);

/// The image type of `bytes` by their signature (PNG, GIF, JPEG, WebP, BMP, ICO); empty when
/// they are none of these. Inline parts are served by what they are, not by what they claim.
QByteArray imageTypeOf(const QByteArray &bytes);

} // namespace shoal::safeview
