#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace shoal::mime {

/// A Date header read as a point in time, with the offset it was written in.
struct MailDate {
    QDateTime utc; ///< invalid when the value could not be read
    int offsetSeconds = 0;
    bool zoneMissing = false; ///< no zone was given: read as UTC

    bool isValid() const { return utc.isValid(); }
};

/*!
 * \brief Reads an RFC 5322 date leniently, as Python's email.utils.parsedate_to_datetime and
 * the mail clients do: optional day name, two- and three-digit years, obsolete zone names
 * (UT, GMT, EST...), missing seconds, trailing comments such as "(JST)", ISO 8601 as a last resort.
 */
MailDate parseMailDate(QByteArrayView raw);

} // namespace shoal::mime
