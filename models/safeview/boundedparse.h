#pragma once

#include <QByteArray>
#include <QDeadlineTimer>

#include <csetjmp>

struct GumboInternalOutput;

// Internal to the safe view: gumbo with a budget.
namespace shoal::safeview {

/*!
 * \brief Runs gumbo with every allocation drawn from a budget of memory and time.
 *
 * gumbo cannot be stopped from outside, and misnested formatting markup makes it build trees
 * far larger than the input. Its allocator is the one place it calls back, so the allocator
 * keeps the budget: when memory or time runs out it jumps back out of the parser (gumbo is C
 * and holds no resources but the memory given by this class, which the destructor frees).
 * The tree is freed here too, in one flat pass: gumbo_destroy_output() recurses once per level
 * and overflows the stack on deep trees.
 */
class BoundedGumboParse
{
public:
    BoundedGumboParse(qsizetype maxBytes, int maxMilliseconds);
    ~BoundedGumboParse();
    BoundedGumboParse(const BoundedGumboParse &) = delete;
    BoundedGumboParse &operator=(const BoundedGumboParse &) = delete;

    /// The parse of `utf8` (which must outlive the result), or nullptr when a budget ran out.
    const GumboInternalOutput *parse(const QByteArray &utf8);
    bool ranOutOfMemory() const { return m_outOfMemory; }
    bool ranOutOfTime() const { return m_outOfTime; }

private:
    struct Block;
    static void *allocate(void *self, size_t size);
    static void release(void *self, void *pointer);

    Block *m_blocks = nullptr; // every live allocation, doubly linked
    size_t m_used = 0;
    size_t m_maxBytes;
    unsigned m_allocations = 0;
    QDeadlineTimer m_deadline;
    bool m_outOfMemory = false;
    bool m_outOfTime = false;
    std::jmp_buf m_escape;
};

} // namespace shoal::safeview
