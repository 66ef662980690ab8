#pragma once

#include "mail/parsenote.h"

#include <string>
#include <vector>

namespace shoal::mime {

/*!
 * \brief vmime's copy of a message, with the delimiter and part-header shapes it misreads
 * rewritten into shapes it reads as RFC 2046 and the mail clients do.
 *
 * - A boundary that extends another by '-' ("X" and "X-5", common in bulk mail): vmime takes
 *   any "--X-" line for a delimiter of "X", so the tree came out flat. That '-' is replaced, in
 *   the declaration and the delimiter lines of the longer boundary, by a character no other
 *   boundary continues with.
 * - Transport padding after a delimiter ("--X  " + line end), which vmime does not see as a
 *   delimiter: the spaces move before the boundary ("--  X"), where vmime skips them.
 * - A part header that runs into the body without a blank line (base64 right after
 *   Content-Transfer-Encoding): vmime would skip body lines as broken fields. The body starts
 *   at the first line that is neither a field nor a fold, as in Python's email package; in the
 *   copy that line's first byte becomes a line end (or, before a "--" line in CRLF text, the CR
 *   of the line end before it).
 *
 * The copy has the same length and offsets as `buffer`; read raw values and contents from
 * `buffer`, mapping body offsets through bodyOffset(). Each kind of repair is noted once.
 * Linear in the buffer's size for each declared boundary (at most 64 are handled).
 */
struct VmimeCopy {
    std::string text;
    std::vector<size_t> movedBodyStarts; ///< sorted: bodies vmime starts one byte after these

    /// Where the body that vmime starts at `vmimeOffset` starts in the original buffer.
    size_t bodyOffset(size_t vmimeOffset) const;

    /*!
     * vmime drops the last part of a multipart that no close delimiter ends when the boundary
     * text occurs anywhere later in the message (it finds that occurrence, past the multipart,
     * and stops), and with it the whole multipart when that part is its only one. Returns where
     * that part starts: after the delimiter line at `from` (the end of the last part vmime kept,
     * when `afterKeptPart`) or after the first delimiter line in [from, end); npos when there is
     * none or a close delimiter comes first.
     */
    size_t unclosedPartStart(const std::string &boundary, size_t from, size_t end, bool afterKeptPart) const;
};

VmimeCopy repairForVmime(const std::string &buffer, ParseNotes &notes);

} // namespace shoal::mime
