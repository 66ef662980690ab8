// Rule: an attachment that is a program: by its bytes (MZ/PE, ELF, Mach-O), by an extension
// that Windows runs (exe, scr, js, hta...), or as such a file inside an attached zip.
#include "findings/ruleinput_p.h"

namespace shoal::findings {

void ruleExecutableAttachment(RuleInput &input, QList<Finding> &out)
{
    QStringList evidence;
    const QList<Attachment> &attachments = input.message.attachments;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString name = input.attachmentName(i);
        const QString extension = lastExtension(attachments.at(i).filename);
        if (const QString kind = executableByMagic(attachments.at(i).data); !kind.isEmpty())
            evidence.append(QStringLiteral("%1: %2 (by content)").arg(name, kind));
        else if (isExecutableExtension(extension))
            evidence.append(QStringLiteral("%1: .%2 file (by name)").arg(name, extension));
        for (const ZipEntryInfo &entry : input.zipEntries(i)) {
            if (isExecutableExtension(lastExtension(entry.name)))
                evidence.append(QStringLiteral("%1 contains %2").arg(name, entry.name));
        }
    }
    if (!evidence.isEmpty())
        out.append(
            makeFinding("executable-attachment", Severity::High, QT_TRANSLATE_NOOP("Findings", "An attachment is a program"), evidence));
}

} // namespace shoal::findings
