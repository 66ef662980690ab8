#pragma once

#include "mail/parsenote.h"

#include <QByteArrayView>
#include <QList>

namespace shoal::mime {

/// One field of a header block as it stands: name, and value with its folds, without the colon,
/// the space after it and the final line end.
struct RawField {
    QByteArrayView name;
    QByteArrayView value;
};

struct SplitHeader {
    QList<RawField> fields;
    qsizetype bodyOffset = 0; ///< where the body starts (after the blank line), or the end
};

/*!
 * \brief Splits the header block at the start of `message` into fields, leniently: LF or CRLF,
 * folded lines, a header block that ends without a blank line (a line that is neither a field
 * nor a fold starts the body; noted), and stray lines without a colon (skipped, noted).
 *
 * Shoal reads the top-level header itself rather than through vmime, which would build typed
 * values for every field only for them to be thrown away (most of the parse time of a
 * typical phishing mail, with its fifty Received and X- fields). Linear in the header's size.
 */
SplitHeader splitHeader(QByteArrayView message, ParseNotes &notes);

} // namespace shoal::mime
