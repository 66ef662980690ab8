#pragma once

// Internal to models/findings: what every rule gets, and the rules themselves.

#include "findings/attachmentinspect_p.h"
#include "findings/caseprofile.h"
#include "findings/finding.h"
#include "findings/htmlfacts_p.h"
#include "headers/receivedpath.h"
#include "mail/message.h"

#include <QCoreApplication>

#include <optional>

namespace shoal::findings {

/// A rule's view of one sample. The expensive parts (the HTML tree, the Received path) are
/// computed on first use and shared by the rules that need them.
class RuleInput
{
public:
    RuleInput(const Message &message, const QByteArray &raw, const CaseProfile &profile);

    const Message &message;
    const QByteArray &raw;
    const CaseProfile &profile;

    const HtmlFacts &html();
    const ReceivedPath &path();
    /// listZip() of attachment `index`, read once.
    const QList<ZipEntryInfo> &zipEntries(qsizetype index);
    /// The attachment's file name, or "(unnamed part N)".
    QString attachmentName(qsizetype index) const;
    /// The registrable domains of profile.protectedDomains, Unicode form, de-duplicated.
    const QStringList &protectedSites() const { return m_protectedSites; }

private:
    std::optional<HtmlFacts> m_html;
    std::optional<ReceivedPath> m_path;
    QList<std::optional<QList<ZipEntryInfo>>> m_zipEntries;
    QStringList m_protectedSites;
};

using Rule = void (*)(RuleInput &input, QList<Finding> &out);

/// A finding with a translated title; `title` must be a literal marked for translation.
inline Finding makeFinding(const char *id, Severity severity, const char *title, QStringList evidence)
{
    return { QString::fromLatin1(id), severity, QCoreApplication::translate("Findings", title), std::move(evidence) };
}

// One rule per file, each named after its file.
void ruleReplyToDiffers(RuleInput &input, QList<Finding> &out); // reply-to-differs, return-path-differs
void ruleDisplayAddress(RuleInput &input, QList<Finding> &out); // display-address-mismatch
void ruleLookalikeDomain(RuleInput &input, QList<Finding> &out); // lookalike-domain
void ruleFreemailSender(RuleInput &input, QList<Finding> &out); // freemail-sender, freemail-reply-to
void ruleProtectedName(RuleInput &input, QList<Finding> &out); // protected-person-outside, protected-brand-outside
void ruleTrackingBeacon(RuleInput &input, QList<Finding> &out); // tracking-beacon
void ruleLinkTextMismatch(RuleInput &input, QList<Finding> &out); // link-text-mismatch
void ruleExecutableAttachment(RuleInput &input, QList<Finding> &out); // executable-attachment
void ruleDeceptiveFilename(RuleInput &input, QList<Finding> &out); // double-extension, rtlo-filename
void ruleOfficeMacro(RuleInput &input, QList<Finding> &out); // office-macro
void ruleContainerAttachment(RuleInput &input, QList<Finding> &out); // disk-image-attachment, shortcut-attachment
void ruleEncryptedArchive(RuleInput &input, QList<Finding> &out); // encrypted-archive
void ruleHtmlSmuggling(RuleInput &input, QList<Finding> &out); // html-smuggling
void ruleDateMismatch(RuleInput &input, QList<Finding> &out); // date-far-from-received

} // namespace shoal::findings
