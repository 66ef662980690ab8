#pragma once

#include "analysis/indicators.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

// Internal to models/analysis: where the scanners put what they find.
namespace shoal::analysis {

/// The host of a URL as written (after the scheme or "//", without user information or port),
/// percent-decoded; IPv6 literals keep their brackets. Empty when there is none.
QString urlHost(QStringView url);

/*!
 * \brief Collects indicators for one message: normalises, validates, de-duplicates per
 * (kind, value) and stops at a limit.
 *
 * Adding a URL also adds the domain or IP address of its host; adding an e-mail address adds its
 * domain. Everything added is tagged with the current `where`.
 */
class IndicatorSink
{
public:
    static constexpr int kDefaultLimit = 5000;

    explicit IndicatorSink(int limit = kDefaultLimit);

    void setWhere(const QString &where) { m_where = where; }

    /// A refanged URL. A bare "www." URL (`needsKnownHost`) is taken only when its host is a
    /// domain with a known suffix; a URL with a scheme is taken whatever its host, if it has one.
    bool addUrl(const QString &url, bool needsKnownHost);
    /// An address whose domain has a known suffix.
    bool addEmail(QStringView local, QStringView domain);
    /// A domain with a known suffix.
    bool addDomain(QStringView domain);
    /// An IP address already in canonical form.
    bool addIp(const QString &canonical);

    /// True once an indicator was refused for the limit: scanners stop then.
    bool stopped() const { return m_truncated; }
    QList<Indicator> take();

private:
    /// Lower case, Unicode form and, for an IDN, the xn-- form (else empty); false when `domain`
    /// has no known suffix.
    static bool normaliseDomain(QStringView domain, QString *unicode, QString *ascii);
    bool add(Indicator::Kind kind, const QString &value, const QString &asciiValue);

    QList<Indicator> m_found;
    QSet<QString> m_seen;
    QString m_where;
    int m_limit;
    bool m_truncated = false;
};

} // namespace shoal::analysis
