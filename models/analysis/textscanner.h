#pragma once

#include <QStringView>

// Internal to models/analysis: the plain-text scanners behind extractIndicators().
namespace shoal::analysis {

class IndicatorSink;

/*!
 * \brief Finds URLs, e-mail addresses, IP addresses and defanged domains in plain text.
 *
 * URLs start with a scheme (http, https, ftp, or defanged: hxxp, fxp, "[:]//", "[://]") or with
 * "www."; they end like Thunderbird ends them: at white space, at < > " ` { } | \ ^, at a ")"
 * or "]" with no opening partner inside the URL, with trailing . , ; : ! ? ' - cut off. For
 * Japanese text they also end at CJK punctuation (。、「」...), full-width punctuation and
 * hiragana, which follow URLs directly in Japanese sentences ("https://example.jp/をご確認").
 * IPs and addresses inside a URL are not reported on their own. Linear in the text: hand
 * scanners, no backtracking regular expressions.
 */
void scanText(QStringView text, IndicatorSink &sink);

/// Domain-like tokens of a header such as Received ("by mx.example.com"): runs of host
/// characters whose top-level label the Public Suffix List knows, except the local part of an
/// address.
void scanDomainTokens(QStringView text, IndicatorSink &sink);

} // namespace shoal::analysis
