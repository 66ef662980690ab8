#pragma once

// Internal to models/findings: domain helpers shared by the sender rules.

#include <QString>
#include <QStringView>

namespace shoal::findings {

/// The domain of an e-mail address (after the last '@'), lower case, Unicode form, no trailing
/// dot; empty when there is none.
QString addressDomain(QStringView address);

/// The registrable domain ("site") of `domain` in Unicode form: "mail.b-company.co.jp" ->
/// "b-company.co.jp". Falls back to the domain itself when the Public Suffix List gives none
/// (an IP literal, a bare suffix), so that two such values still compare.
QString siteOf(QStringView domain);

/// True when `domain` (lower case, Unicode) is a free-mail provider's: freemaildomains.cpp.
bool isFreeMailDomain(QStringView domain);

/// "Name <address>" or "address" as it would be written in a header.
QString mailboxText(const QString &name, const QString &address);

} // namespace shoal::findings
