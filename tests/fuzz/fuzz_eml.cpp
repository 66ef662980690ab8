// libFuzzer: the .eml parser must survive any bytes.
#include "mail/mimeparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const shoal::Message message = shoal::mime::parseMessage(bytes);
    // Touch what the parser produced so that a bad string or list is read under ASan.
    size_t total = size_t(message.subject.size() + message.textBody.size() + message.htmlBody.size());
    for (const shoal::Attachment &attachment : message.attachments)
        total += size_t(attachment.data.size() + attachment.filename.size());
    return total == size_t(-1) ? 1 : 0;
}
