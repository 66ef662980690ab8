#pragma once

#include <QString>
#include <QStringView>

// Internal to the safe view: does a link go where its text says?
namespace shoal::safeview {

/// The host a link's visible text shows (in a URL, as a bare domain, or in an e-mail address),
/// lower case; empty when the text shows none ("Click here", "invoice.pdf").
QString hostShownInText(QStringView text);

/// The host a link goes to (http, https, ftp, protocol-relative "//host", mailto:), lower case;
/// empty for anything else (javascript:, relative links, fragments).
QString hostOfLinkTarget(QStringView href);

/// True when a link whose text shows `shownHost` and goes to `targetHost` misleads: the two
/// are not of the same registrable domain ("www.paypal.com" and "paypal.com" are the same
/// site; "paypal.com" and "paypal.com.evil.example" are not), or the link goes to no host.
bool misleadingLink(const QString &shownHost, const QString &targetHost);

} // namespace shoal::safeview
