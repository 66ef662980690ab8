// Rule: disk images (ISO, IMG, VHD/VHDX) and Windows shortcuts (LNK), attached or inside an
// attached zip: containers used to carry programs past mark-of-the-web and attachment filters.
#include "findings/ruleinput_p.h"

namespace shoal::findings {
namespace {

bool isDiskImageExtension(QStringView extension)
{
    return extension == QLatin1String("iso") || extension == QLatin1String("img") || extension == QLatin1String("vhd")
        || extension == QLatin1String("vhdx");
}

} // namespace

void ruleContainerAttachment(RuleInput &input, QList<Finding> &out)
{
    QStringList images;
    QStringList shortcuts;
    const QList<Attachment> &attachments = input.message.attachments;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString name = input.attachmentName(i);
        const QString extension = lastExtension(attachments.at(i).filename);
        const QString kind = containerByMagic(attachments.at(i).data);
        if (kind.startsWith(QLatin1String("Windows shortcut")))
            shortcuts.append(QStringLiteral("%1: %2 (by content)").arg(name, kind));
        else if (!kind.isEmpty())
            images.append(QStringLiteral("%1: %2 (by content)").arg(name, kind));
        else if (extension == QLatin1String("lnk"))
            shortcuts.append(QStringLiteral("%1: .lnk file (by name)").arg(name));
        else if (isDiskImageExtension(extension))
            images.append(QStringLiteral("%1: .%2 file (by name)").arg(name, extension));
        for (const ZipEntryInfo &entry : input.zipEntries(i)) {
            const QString inner = lastExtension(entry.name);
            if (inner == QLatin1String("lnk"))
                shortcuts.append(QStringLiteral("%1 contains %2").arg(name, entry.name));
            else if (isDiskImageExtension(inner))
                images.append(QStringLiteral("%1 contains %2").arg(name, entry.name));
        }
    }
    if (!images.isEmpty())
        out.append(
            makeFinding("disk-image-attachment", Severity::High, QT_TRANSLATE_NOOP("Findings", "An attachment is a disk image"), images));
    if (!shortcuts.isEmpty())
        out.append(makeFinding(
            "shortcut-attachment", Severity::High, QT_TRANSLATE_NOOP("Findings", "An attachment is a Windows shortcut"), shortcuts));
}

} // namespace shoal::findings
