#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shoal {

/// How much a finding should worry an analyst; compares in this order.
enum class Severity { Info = 0, Low, Medium, High };

/// "info", "low", "medium" or "high": stable names for storage and export.
QString severityName(Severity severity);

/*!
 * \brief One observation a rule made about a sample: what it is, how bad, and the concrete
 * values that triggered it.
 *
 * `id` is stable across versions and languages ("reply-to-differs"); `title` is for people and
 * comes from QCoreApplication::translate("Findings", ...), so it follows the UI language.
 */
struct Finding {
    QString id;
    Severity severity = Severity::Info;
    QString title;
    QStringList evidence; ///< e.g. "From: alice@a-company.co.jp", "Reply-To: x@mail.com"

    bool operator==(const Finding &) const = default;
};

} // namespace shoal
