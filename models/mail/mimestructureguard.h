#pragma once

#include "mail/parsenote.h"

#include <functional>
#include <string>

namespace shoal::mime {

/*!
 * vmime parses nested multiparts by recursion, without a depth limit: a message nesting 10,000
 * multiparts would overflow the stack. These two guard it.
 *
 * guardStructure() counts the multipart declarations (an upper bound of the nesting depth) and
 * cuts the buffer before the one past `maxDeclarations`, with a note; it returns the count kept.
 * runWithDeepStack() runs `parse` on the calling thread for ordinary messages and on a thread
 * with a large stack when many declarations remain.
 */
int guardStructure(std::string &buffer, int maxDeclarations, ParseNotes &notes);
void runWithDeepStack(int declarations, const std::function<void()> &parse);

} // namespace shoal::mime
