// libFuzzer: the Outlook .msg reader must survive any bytes.
#include "mail/msgreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<shoal::Message> message = shoal::readOutlookMsg(bytes, &error);
    size_t total = size_t(error.size());
    if (message) {
        total += size_t(message->subject.size() + message->textBody.size() + message->htmlBody.size());
        for (const shoal::Attachment &attachment : message->attachments)
            total += size_t(attachment.data.size());
    }
    return total == size_t(-1) ? 1 : 0;
}
