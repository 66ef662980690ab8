#pragma once

#include "search/samplefilter.h"

#include <QByteArray>
#include <QVariantList>

namespace shoal::store {

/// A WHERE clause over `samples s` and the values bound to its ?NNN parameters, in order.
struct FilterSql {
    QByteArray where; ///< "1" when the filter is empty
    QVariantList values;
};

/// Translates a parsed search into SQL. Every value is bound, never spliced into the text.
FilterSql filterSql(const SampleFilter &filter);

} // namespace shoal::store
