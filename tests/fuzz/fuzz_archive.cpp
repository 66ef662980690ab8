// libFuzzer target for InputWalker::walkBytes(): any bytes as a file dropped on Shoal, i.e. an
// archive (zip, 7z, rar, tar, gzip...), an mbox, an .emlx, an .msg or an .eml. Only crashes,
// hangs, leaks and runaway memory count; the limits are lowered so that a legitimate zip bomb
// verdict costs milliseconds, not gigabytes.
#include "ingest/inputwalker.h"

#include <QByteArray>

#include <atomic>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const shoal::InputWalker walker({ QStringLiteral("infected"), QStringLiteral("password") }, [] {
        shoal::WalkLimits limits;
        limits.maxMessageBytes = 8 << 20;
        limits.maxArchiveTotalBytes = 32 << 20;
        limits.maxEntries = 1000;
        return limits;
    }());
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    std::atomic_bool cancel = false;
    qint64 seen = 0;
    walker.walkBytes(
        QStringLiteral("fuzz-input"), bytes,
        [&seen](shoal::InputItem &&item) {
            seen += item.bytes.size() + item.origin.size();
            return true;
        },
        [&seen](shoal::InputFailure &&failure) { seen += failure.reason.size(); }, cancel);
    return seen < 0; // never: keeps the callbacks' work observable
}
