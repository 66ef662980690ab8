#include "safeview/htmlsanitizer.h"

#include "mail/message.h"
#include "safeview/boundedparse.h"
#include "safeview/markupguard.h"
#include "safeview/safeurls.h"
#include "safeview/sanitizingwriter.h"

#include <gumbo.h>

namespace shoal {
namespace {

constexpr int kMaxParseMilliseconds = 15000; // far beyond any real mail; a hostile one stops here
constexpr qsizetype kMaxFallbackTextChars = 2 * 1024 * 1024;

// Shoal's own look for what it put in place of the mail's active parts. The rules are
// !important so that a mail's style sheet cannot hide a placeholder or a badge by accident;
// a mail that means to can still restyle them, which is why the counts, not the page, are the
// record of what was neutralised.
constexpr char kStyleSheet[] = R"(
.shoal-blocked-image{display:inline-block!important;visibility:visible!important;opacity:1!important;max-width:100%!important;
 box-sizing:border-box!important;border:1px dashed #9e9e9e!important;background:#f5f5f5!important;color:#424242!important;
 font:12px/1.4 sans-serif!important;padding:2px 6px!important;margin:1px!important;word-break:break-all!important;text-align:left!important}
.shoal-compact{overflow:hidden!important;padding:0 1px!important;font-size:8px!important;line-height:10px!important;vertical-align:middle!important;
 white-space:normal!important}
a.shoal-link{text-decoration:underline!important;cursor:help!important}
a.shoal-mismatch{outline:2px solid #c62828!important}
.shoal-badge{display:inline-block!important;visibility:visible!important;opacity:1!important;background:#c62828!important;
 color:#fff!important;font:bold 11px/1.5 sans-serif!important;padding:0 5px!important;margin:0 2px!important;border-radius:3px!important;
 text-decoration:none!important}
.shoal-control{display:inline-block!important;border:1px solid #9e9e9e!important;background:#eeeeee!important;color:#212121!important;
 padding:1px 6px!important;font:13px sans-serif!important}
.shoal-form{border:1px dashed #c62828!important;padding:4px!important;margin:2px 0!important}
.shoal-form-label{display:block!important;color:#c62828!important;font:bold 11px sans-serif!important;margin-bottom:2px!important}
.shoal-note{display:block!important;background:#fff3cd!important;color:#5d4200!important;border:1px solid #e0c36a!important;
 font:12px/1.4 sans-serif!important;padding:4px 8px!important;margin:0 0 8px!important}
.shoal-text{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.5 sans-serif;margin:8px}
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString document(const QByteArray &bodyAttributes, const QStringList &notes, const QString &content)
{
    QString html = QLatin1String("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                                 "<meta http-equiv=\"Content-Security-Policy\" content=\"")
        + escaped(safeview::kContentSecurityPolicy) + QLatin1String("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<style>")
        + QLatin1String(kStyleSheet) + QLatin1String("</style></head>\n<body") + QString::fromUtf8(bodyAttributes) + QLatin1Char('>');
    for (const QString &note : notes)
        html += QLatin1String("<div class=\"shoal-note\">") + escaped(note) + QLatin1String("</div>");
    html += content;
    html += QLatin1String("</body></html>\n");
    return html;
}

} // namespace

SanitizedHtml sanitizeMailHtml(const QString &html, const SanitizeOptions &options)
{
    SanitizedHtml result;
    QStringView input(html);
    if (input.size() > options.maxInputChars) {
        input = input.left(options.maxInputChars);
        result.notes << QStringLiteral("The HTML body is longer than %1 MB; only its first %1 MB are shown.")
                            .arg(options.maxInputChars / (1024 * 1024));
    }
    const safeview::GuardedMarkup guarded = safeview::guardMarkup(input, options.maxNesting, options.maxNodes);
    if (guarded.ignoredStartTags > 0)
        result.notes << QStringLiteral("The HTML nests deeper than %1 elements; %2 deeper tags were ignored (their text is shown).")
                            .arg(options.maxNesting)
                            .arg(guarded.ignoredStartTags);
    if (guarded.cutAtElementLimit)
        result.notes << QStringLiteral("The HTML makes more than %1 elements; the rest is not shown.").arg(options.maxNodes);

    const QByteArray utf8 = guarded.html.toUtf8();
    safeview::BoundedGumboParse parse(options.maxParserBytes, kMaxParseMilliseconds);
    const GumboOutput *output = parse.parse(utf8);
    if (!output) {
        result.shownAsText = true;
        result.notes << (parse.ranOutOfTime() ? QStringLiteral("The HTML took too long to parse; only its text is shown.")
                                              : QStringLiteral("The HTML needs too much memory to parse; only its text is shown."));
        result.html = document({}, result.notes,
            QLatin1String("<div class=\"shoal-text\">") + escaped(safeview::markupText(input, kMaxFallbackTextChars))
                + QLatin1String("</div>"));
        return result;
    }
    safeview::SanitizingWriter writer(options, result.counts);
    if (!writer.write(output->document))
        result.notes << QStringLiteral("The HTML has more than %1 elements and text runs; the rest is not shown.").arg(options.maxNodes);
    result.html = document(writer.bodyAttributes(), result.notes, QString::fromUtf8(writer.content()));
    return result;
}

SanitizedHtml plainTextDocument(const QString &text)
{
    SanitizedHtml result;
    QString shown = text;
    if (shown.size() > SanitizeOptions().maxInputChars) {
        shown.truncate(SanitizeOptions().maxInputChars);
        result.notes << QStringLiteral("The text body is longer than %1 MB; only its first %1 MB are shown.")
                            .arg(SanitizeOptions().maxInputChars / (1024 * 1024));
    }
    result.shownAsText = true;
    result.html = document({}, result.notes, QLatin1String("<div class=\"shoal-text\">") + escaped(shown) + QLatin1String("</div>"));
    return result;
}

SanitizedHtml sanitizeMessageBody(const Message &message, const SanitizeOptions &options)
{
    return message.htmlBody.isEmpty() ? plainTextDocument(message.textBody) : sanitizeMailHtml(message.htmlBody, options);
}

QList<Attachment> inlineParts(const Message &message)
{
    QList<Attachment> parts;
    for (const Attachment &attachment : message.attachments) {
        if (!attachment.contentId.isEmpty())
            parts << attachment;
    }
    return parts;
}

} // namespace shoal
