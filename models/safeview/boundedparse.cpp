#include "safeview/boundedparse.h"

#include <gumbo.h>

#include <cstddef>
#include <cstdlib>

namespace shoal::safeview {

struct alignas(std::max_align_t) BoundedGumboParse::Block {
    Block *previous;
    Block *next;
    size_t size;
};

BoundedGumboParse::BoundedGumboParse(qsizetype maxBytes, int maxMilliseconds)
    : m_maxBytes(size_t(std::max<qsizetype>(maxBytes, 1))), m_deadline(maxMilliseconds)
{
}

BoundedGumboParse::~BoundedGumboParse()
{
    while (m_blocks) {
        Block *next = m_blocks->next;
        std::free(m_blocks);
        m_blocks = next;
    }
}

void *BoundedGumboParse::allocate(void *self, size_t size)
{
    auto *parse = static_cast<BoundedGumboParse *>(self);
    // Checking the clock on every allocation would cost more than the parse; every 4096th is
    // a few microseconds apart.
    const bool late = (++parse->m_allocations & 0xfff) == 0 && parse->m_deadline.hasExpired();
    if (late || size > parse->m_maxBytes - std::min(parse->m_used, parse->m_maxBytes)) {
        (late ? parse->m_outOfTime : parse->m_outOfMemory) = true;
        std::longjmp(parse->m_escape, 1); // no C++ object lives between here and parse()
    }
    auto *block = static_cast<Block *>(std::malloc(sizeof(Block) + size));
    if (!block) {
        parse->m_outOfMemory = true;
        std::longjmp(parse->m_escape, 1);
    }
    block->previous = nullptr;
    block->next = parse->m_blocks;
    block->size = size;
    if (parse->m_blocks)
        parse->m_blocks->previous = block;
    parse->m_blocks = block;
    parse->m_used += size;
    return block + 1;
}

void BoundedGumboParse::release(void *self, void *pointer)
{
    if (!pointer)
        return;
    auto *parse = static_cast<BoundedGumboParse *>(self);
    Block *block = static_cast<Block *>(pointer) - 1;
    if (block->previous)
        block->previous->next = block->next;
    else
        parse->m_blocks = block->next;
    if (block->next)
        block->next->previous = block->previous;
    parse->m_used -= block->size;
    std::free(block);
}

const GumboInternalOutput *BoundedGumboParse::parse(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &BoundedGumboParse::allocate;
    options.deallocator = &BoundedGumboParse::release;
    options.userdata = this;
    options.max_errors = 0; // parse errors are not wanted; do not spend the budget on them
    if (setjmp(m_escape) != 0)
        return nullptr;
    return gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
}

} // namespace shoal::safeview
