#pragma once

#include "mail/parsenote.h"

#include <string>

namespace shoal::mime {

/*!
 * \brief Works around vmime's reading of a boundary that another boundary extends.
 *
 * RFC 2046 delimiter lines are "--boundary" followed by optional white space and the line end,
 * or by "--" for the last one. vmime accepts any '-' after the boundary, so with an outer
 * boundary "X" and an inner one "X-5" (common in bulk mail), every "--X-5" line also ends an
 * outer part and the tree comes out flat and wrong.
 *
 * Returns a copy of `buffer` for vmime in which each boundary that extends another by '-'
 * has that '-' replaced, in its declaration and in its delimiter lines, by a character that
 * no other boundary continues with. The copy has the same length and differs only in those
 * bytes, so offsets into it are offsets into `buffer`: read raw values and contents from
 * `buffer`. Noted when anything was changed. Linear in the buffer's size per renamed boundary.
 */
std::string separateBoundaryPrefixes(const std::string &buffer, ParseNotes &notes);

} // namespace shoal::mime
