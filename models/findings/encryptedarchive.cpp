// Rule: an attachment whose content cannot be scanned because it is encrypted: a zip with
// encrypted entries (general-purpose flag bit 0), or an encrypted Office document (an OLE file
// with an "EncryptedPackage" stream). Malware mail sends the password in the text.
#include "findings/ruleinput_p.h"

namespace shoal::findings {

void ruleEncryptedArchive(RuleInput &input, QList<Finding> &out)
{
    QStringList evidence;
    const QList<Attachment> &attachments = input.message.attachments;
    static const QByteArray encryptedPackage = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString name = input.attachmentName(i);
        QStringList encrypted;
        for (const ZipEntryInfo &entry : input.zipEntries(i)) {
            if (entry.encrypted && encrypted.size() < 10)
                encrypted.append(entry.name);
        }
        if (!encrypted.isEmpty())
            evidence.append(QStringLiteral("%1: encrypted zip (%2)").arg(name, encrypted.join(QStringLiteral(", "))));
        else if (isOleFile(attachments.at(i).data) && attachments.at(i).data.indexOf(encryptedPackage) >= 0)
            evidence.append(QStringLiteral("%1: encrypted Office document").arg(name));
    }
    if (!evidence.isEmpty())
        out.append(makeFinding("encrypted-archive", Severity::Medium,
            QT_TRANSLATE_NOOP("Findings", "An attachment is encrypted: its content cannot be checked"), evidence));
}

} // namespace shoal::findings
