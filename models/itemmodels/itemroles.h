#pragma once

#include <Qt>

namespace shoal {

// The enums stay unscoped on purpose: Qt's item API takes plain ints for columns and roles.

/// The columns of the sample table, in the order shown (SampleTableModel).
namespace SampleColumn {
enum Column { // NOLINT(performance-enum-size)
    Arrival,
    From,
    Subject,
    Campaign,
    Verdict,
    Industry,
    Attachments,
    Findings,
    ColumnCount
};
}

/// The columns of the import problems table (ImportProblemsModel).
namespace ImportProblemColumn {
enum Column { // NOLINT(performance-enum-size)
    Time,
    Input,
    Reason,
    ColumnCount
};
}

/// Data roles of Shoal's item models, past Qt's own.
namespace ItemRole {
enum Role { // NOLINT(performance-enum-size)
    SampleId = Qt::UserRole, ///< qint64: the sample of a table row
    ArrivalUtc, ///< QDateTime (UTC); invalid when unknown
    FromAddress, ///< QString: the bare From address
    VerdictKey, ///< QString: vocabulary key ("bec-1", "phishing"...)
    IndustryKey, ///< QString: JSIC letter
    NavigatorKind, ///< int: NavigatorModel::Kind of a navigator entry
    NavigatorQuery, ///< QString: the search an entry stands for ("tag:urgent"); empty = everything
    NavigatorName, ///< QString: the tag, campaign or saved search name, without its count
    ItemCount, ///< qint64: how many samples (or problems) an entry stands for
};
}

} // namespace shoal
