#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace shoal {

/// One condition of a search, as the analyst typed it ("from:alice", "-tag:done", "請求書").
struct FilterTerm {
    enum class Field {
        Text, ///< full-text words (subject, addresses, body, attachment names)
        From,
        To,
        Domain,
        Subject,
        Campaign,
        Tag,
        Verdict,
        Industry,
        HasAttachment,
        HasUrl,
        Before,
        After,
    };
    Field field = Field::Text;
    QString value; ///< normalised: vocabulary keys for verdict/industry, lower-case domains
    QDateTime time; ///< for Before/After: the instant (UTC) the bound stands at
    bool negated = false;

    bool operator==(const FilterTerm &) const = default;
};

/// A parsed search: every term must hold (AND). Empty matches every sample.
struct SampleFilter {
    QList<FilterTerm> terms;

    bool isEmpty() const { return terms.isEmpty(); }
    bool operator==(const SampleFilter &) const = default;
};

} // namespace shoal
