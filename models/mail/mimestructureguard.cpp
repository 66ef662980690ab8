#include "mail/mimestructureguard.h"

#include <QThread>

namespace shoal::mime {

namespace {

// Below this many declarations the caller's stack is plenty (vmime uses a few KB a level).
constexpr int kDeclarationsOnOwnStack = 32;
constexpr uint kDeepStackBytes = 256u * 1024 * 1024;

} // namespace

int guardStructure(std::string &buffer, int maxDeclarations, ParseNotes &notes)
{
    int count = 0;
    for (size_t at = buffer.find("ultipart/"); at != std::string::npos; at = buffer.find("ultipart/", at + 9)) {
        if (at == 0 || (buffer[at - 1] != 'm' && buffer[at - 1] != 'M'))
            continue;
        if (++count > maxDeclarations) {
            const size_t lineStart = buffer.rfind('\n', at);
            buffer.resize(lineStart == std::string::npos ? 0 : lineStart + 1);
            notes.warning(QStringLiteral("mime-too-deep"),
                          QStringLiteral("more than %1 nested multipart declarations; the structure below was not read").arg(maxDeclarations));
            return count - 1;
        }
    }
    return count;
}

void runWithDeepStack(int declarations, const std::function<void()> &parse)
{
    if (declarations <= kDeclarationsOnOwnStack) {
        parse();
        return;
    }
    // The stack is reserved address space, committed only as deep as the recursion goes.
    QThread *thread = QThread::create(parse);
    thread->setStackSize(kDeepStackBytes);
    thread->start();
    thread->wait();
    delete thread;
}

} // namespace shoal::mime
