#include "mail/message.h"

namespace shoal {

QString Message::header(QStringView name) const
{
    for (const HeaderField &field : headers) {
        if (name.compare(field.name, Qt::CaseInsensitive) == 0)
            return field.decodedValue;
    }
    return {};
}

} // namespace shoal
