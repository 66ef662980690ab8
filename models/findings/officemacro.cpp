// Rule: an Office document with macros: a legacy (OLE) file holding a VBA project, an Office
// Open XML zip holding vbaProject.bin, or a macro-enabled extension (.docm, .xlsm...).
#include "findings/ruleinput_p.h"

namespace shoal::findings {
namespace {

bool isMacroEnabledExtension(QStringView extension)
{
    static constexpr const char *macroEnabled[] = { "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm" };
    for (const char *known : macroEnabled) {
        if (extension == QLatin1StringView(known))
            return true;
    }
    return false;
}

} // namespace

void ruleOfficeMacro(RuleInput &input, QList<Finding> &out)
{
    QStringList evidence;
    const QList<Attachment> &attachments = input.message.attachments;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString name = input.attachmentName(i);
        if (oleHasVbaProject(attachments.at(i).data)) {
            evidence.append(QStringLiteral("%1: OLE document with a VBA project").arg(name));
            continue;
        }
        bool found = false;
        for (const ZipEntryInfo &entry : input.zipEntries(i)) {
            if (entry.name.endsWith(QLatin1String("vbaProject.bin"), Qt::CaseInsensitive)) {
                evidence.append(QStringLiteral("%1: contains %2").arg(name, entry.name));
                found = true;
                break;
            }
        }
        if (!found && isMacroEnabledExtension(lastExtension(attachments.at(i).filename)))
            evidence.append(QStringLiteral("%1: macro-enabled Office extension (by name)").arg(name));
    }
    if (!evidence.isEmpty())
        out.append(
            makeFinding("office-macro", Severity::High, QT_TRANSLATE_NOOP("Findings", "An Office attachment carries macros"), evidence));
}

} // namespace shoal::findings
