#pragma once

#include "search/samplefilter.h"

#include <QTimeZone>

namespace shoal {

/// Why a query could not be read: a message for the analyst and where in the query it is.
struct QueryError {
    QString message;
    int position = 0; ///< character offset in the query
    int length = 0;
};

/*!
 * \brief Reads the search bar's language into a SampleFilter.
 *
 * Words are full-text terms (Japanese works, see store/ftstext.h); "quoted phrases" stay
 * together; field filters are from:, to:, domain:, subject:, campaign:, tag:, verdict:,
 * industry:, has:attachment, has:url, before:DATE and after:DATE (YYYY-MM-DD, in `zone`, the
 * case's time zone); a leading '-' negates a term. A malformed query gives a QueryError that
 * says what is wrong in words, never an empty result without reason.
 */
class QueryParser
{
public:
    explicit QueryParser(QTimeZone zone = QTimeZone::UTC);

    /// True on success; on failure *error says why.
    bool parse(const QString &query, SampleFilter *filter, QueryError *error) const;

    /// The field names the language knows, for completion in the search bar.
    static QStringList fieldNames();

private:
    QTimeZone m_zone;
};

} // namespace shoal
