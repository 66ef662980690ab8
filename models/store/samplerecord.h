#pragma once

#include "mail/message.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace shoal {

/// An attachment as stored: what the message said of it and what Shoal found out.
struct AttachmentRecord {
    int partIndex = -1;
    QString filename;
    QString mimeType;
    QString contentId;
    bool isInline = false;
    qint64 size = 0;
    QString md5, sha1, sha256, ssdeep; ///< hex digests and the ssdeep signature
    QString trueType; ///< libmagic's description
    QString trueMime; ///< libmagic's MIME type
};

struct IndicatorRecord {
    QString kind; ///< "url", "domain", "ip", "email"
    QString value;
    QString foundIn; ///< e.g. "header:From", "body:html"
};

/*!
 * \brief Everything the import pipeline hands the store for one sample: the raw bytes, the parse
 * and the analysis facts. Messages carried inside it come along as `embedded`, to be stored as
 * samples of their own linked to this one.
 */
struct SampleRecord {
    QByteArray sha256; ///< lower-case hex of the raw bytes' SHA-256
    QString source; ///< where it came from ("path", "archive.zip!a.eml", "carrier: part 3")
    QByteArray raw;
    Message message;
    QList<AttachmentRecord> attachments; ///< parallel to message.attachments
    QList<IndicatorRecord> indicators;
    QDateTime arrivalUtc; ///< newest Received time, else Date; invalid when neither
    std::vector<SampleRecord> embedded;
};

} // namespace shoal
