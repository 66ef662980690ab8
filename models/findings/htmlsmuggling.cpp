// Rule: HTML smuggling: an HTML (or SVG) attachment that carries a file inside itself, encoded,
// and builds it in the browser (atob, Blob, msSaveOrOpenBlob, createObjectURL) or offers it as
// a data: URL; filters see a web page, the victim gets a zip or an ISO.
#include "findings/ruleinput_p.h"

namespace shoal::findings {
namespace {

// Encoded payloads shorter than this are icons and fonts, not smuggled files.
constexpr qsizetype minScriptedBlob = 2000;
constexpr qsizetype minDataUrlBlob = 1000;

bool isHtmlAttachment(const Attachment &attachment)
{
    const QString extension = lastExtension(attachment.filename);
    if (extension == QLatin1String("html") || extension == QLatin1String("htm") || extension == QLatin1String("shtml")
        || extension == QLatin1String("xhtml") || extension == QLatin1String("svg"))
        return true;
    if (attachment.mimeType == QLatin1String("text/html") || attachment.mimeType == QLatin1String("image/svg+xml"))
        return true;
    const QByteArray head = attachment.data.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<script") || head.startsWith("<svg");
}

bool isBase64Character(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
}

// The longest run of base64 characters (hex strings are one too) in `data`; one pass.
qsizetype longestEncodedRun(QByteArrayView data)
{
    qsizetype longest = 0, run = 0;
    for (char c : data) {
        run = isBase64Character(c) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

void ruleHtmlSmuggling(RuleInput &input, QList<Finding> &out)
{
    static const char *const builders[] = { "atob(", "new Blob", "msSaveOrOpenBlob", "createObjectURL", "fromCharCode" };
    QStringList evidence;
    const QList<Attachment> &attachments = input.message.attachments;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const Attachment &attachment = attachments.at(i);
        if (attachment.data.isEmpty() || !isHtmlAttachment(attachment))
            continue;
        const QByteArray &data = attachment.data;
        QStringList used;
        for (const char *builder : builders) {
            if (data.contains(builder))
                used.append(QString::fromLatin1(builder));
        }
        const qsizetype run = longestEncodedRun(data);
        // data:application/... (zip, octet-stream, x-iso9660-image): a file, not a picture.
        const bool fileDataUrl = data.contains("data:application/") && data.contains(";base64,");
        if ((!used.isEmpty() && run >= minScriptedBlob) || (fileDataUrl && run >= minDataUrlBlob)) {
            QString why = QStringLiteral("%1: encoded blob of %2 characters").arg(input.attachmentName(i)).arg(run);
            if (!used.isEmpty())
                why += QStringLiteral(", built with %1").arg(used.join(QStringLiteral(", ")));
            if (fileDataUrl)
                why += QStringLiteral(", data:application/ URL");
            evidence.append(why);
        }
    }
    if (!evidence.isEmpty())
        out.append(makeFinding("html-smuggling", Severity::High,
            QT_TRANSLATE_NOOP("Findings", "An HTML attachment carries an encoded file (HTML smuggling)"), evidence));
}

} // namespace shoal::findings
