// Rule: file names made to look harmless: a right-to-left override (U+202E) that shows
// "invoice[U+202E]fdp.exe" as "invoiceexe.pdf", and double extensions ("invoice.pdf.exe", with or
// without spaces before the real one).
#include "findings/ruleinput_p.h"

#include <algorithm>

namespace shoal::findings {
namespace {

// Bidirectional controls that reorder what follows: the embeddings and overrides (U+202A-202E)
// and the isolates (U+2066-2069).
bool isBidiControl(QChar c)
{
    return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
}

// "invoice[U+202E]fdp.exe": the controls written out, so that the evidence shows the real order.
QString withVisibleControls(const QString &name)
{
    QString shown;
    for (QChar c : name) {
        if (isBidiControl(c))
            shown += QStringLiteral("[U+%1]").arg(QString::number(c.unicode(), 16).toUpper());
        else
            shown += c;
    }
    return shown;
}

// Extensions people trust to be a document or a picture.
bool isDocumentExtension(QStringView extension)
{
    static constexpr const char *documents[] = { "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "txt", "csv", "jpg", "jpeg",
        "png", "gif", "bmp", "tif", "tiff", "mp3", "mp4", "zip", "eml" };
    for (const char *known : documents) {
        if (extension == QLatin1StringView(known))
            return true;
    }
    return false;
}

// Non-program extensions that still open something dangerous behind a document's name.
bool isRiskyExtension(QStringView extension)
{
    static constexpr const char *risky[] = { "lnk", "iso", "img", "vhd", "vhdx", "html", "htm", "shtml", "svg", "url" };
    for (const char *known : risky) {
        if (extension == QLatin1StringView(known))
            return true;
    }
    return false;
}

// Severity of a double extension in `name`, Info when there is none.
Severity doubleExtension(const QString &name)
{
    QStringView rest = QStringView(name).trimmed();
    while (rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    const QString outer = lastExtension(rest);
    if (outer.isEmpty())
        return Severity::Info;
    const QString inner = lastExtension(rest.left(rest.size() - outer.size() - 1));
    if (!isDocumentExtension(inner))
        return Severity::Info;
    if (isExecutableExtension(outer))
        return Severity::High;
    return isRiskyExtension(outer) ? Severity::Medium : Severity::Info;
}

} // namespace

void ruleDeceptiveFilename(RuleInput &input, QList<Finding> &out)
{
    QStringList bidiEvidence;
    QStringList doubleEvidence;
    Severity doubleSeverity = Severity::Info;
    const QList<Attachment> &attachments = input.message.attachments;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        QStringList names { attachments.at(i).filename };
        for (const ZipEntryInfo &entry : input.zipEntries(i))
            names.append(entry.name);
        for (const QString &name : names) {
            if (std::any_of(name.cbegin(), name.cend(), isBidiControl))
                bidiEvidence.append(withVisibleControls(name));
            if (const Severity severity = doubleExtension(name); severity != Severity::Info) {
                doubleEvidence.append(name);
                doubleSeverity = std::max(doubleSeverity, severity);
            }
        }
    }
    if (!bidiEvidence.isEmpty())
        out.append(makeFinding("rtlo-filename", Severity::High,
            QT_TRANSLATE_NOOP("Findings", "A file name hides its real extension with right-to-left characters"), bidiEvidence));
    if (!doubleEvidence.isEmpty())
        out.append(makeFinding("double-extension", doubleSeverity,
            QT_TRANSLATE_NOOP("Findings", "A file name has a document extension before the real one"), doubleEvidence));
}

} // namespace shoal::findings
