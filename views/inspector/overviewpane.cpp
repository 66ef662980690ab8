#include "inspector/overviewpane.h"

#include "itemmodels/displaytext.h"
#include "metadata/vocabulary.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace shoal {

namespace {

QString mailboxes(const QList<MailAddress> &list)
{
    QStringList parts;
    for (const MailAddress &address : list)
        parts << displaytext::mailbox(address.name, address.address);
    return parts.join(QStringLiteral(", "));
}

} // namespace

OverviewPane::OverviewPane(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("overviewPane"));
    // A grid, not a QFormLayout: the form layout kept the height of a row whose wrapped value
    // grew when another sample was shown, and clipped it.
    m_grid->setColumnStretch(1, 1);
    m_subject = addRow(tr("Subject"));
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_from = addRow(tr("From"));
    m_sender = addRow(tr("Sender"));
    m_replyTo = addRow(tr("Reply-To"));
    m_returnPath = addRow(tr("Return-Path"));
    m_to = addRow(tr("To"));
    m_cc = addRow(tr("Cc"));
    m_date = addRow(tr("Date"));
    m_arrival = addRow(tr("Arrival"));
    m_verdict = addRow(tr("Verdict"));
    m_attachments = addRow(tr("Attachments"));
    m_tags = addRow(tr("Tags"));
    m_source = addRow(tr("Imported from"));
    m_sha256 = new QLineEdit(this);
    m_sha256->setReadOnly(true);
    m_sha256->setFrame(false);
    m_sha256->setAccessibleName(tr("SHA-256"));
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Transparent base: the pane's background shows through, light or dark; the text keeps
    // following the palette.
    QPalette transparent = m_sha256->palette();
    transparent.setBrush(QPalette::Base, Qt::transparent);
    m_sha256->setPalette(transparent);
    addRow(tr("SHA-256"), m_sha256);
    clear();
}

OverviewPane::~OverviewPane() = default;

QLabel *OverviewPane::addRow(const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    value->setMinimumWidth(120);
    addRow(label, value);
    return value;
}

void OverviewPane::addRow(const QString &label, QWidget *value)
{
    m_grid->addWidget(new QLabel(label, this), m_rows, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(value, m_rows++, 1);
}

void OverviewPane::setSample(const SampleDetails &sample, const QTimeZone &zone)
{
    m_subject->setText(sample.subject.isEmpty() ? tr("(no subject)") : sample.subject);
    m_from->setText(displaytext::mailbox(sample.from.name, sample.from.address));
    m_sender->setText(sample.senderAddress);
    m_replyTo->setText(mailboxes(sample.replyTo));
    m_returnPath->setText(sample.returnPath);
    m_to->setText(mailboxes(sample.to));
    m_cc->setText(mailboxes(sample.cc));
    if (sample.dateUtc.isValid()) {
        const QDateTime written = sample.dateUtc.toOffsetFromUtc(sample.dateOffsetSeconds);
        // As the sender's clock wrote it, then in the case's zone: a skewed or forged Date shows.
        m_date->setText(tr("%1 as written\n= %2")
                .arg(written.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")), displaytext::dateTimeWithUtc(sample.dateUtc, zone)));
    } else {
        m_date->setText(tr("(none or unreadable)"));
    }
    m_arrival->setText(sample.arrivalUtc.isValid() ? displaytext::dateTimeWithUtc(sample.arrivalUtc, zone) : tr("(unknown)"));
    m_verdict->setText(displaytext::vocabularyName(verdicts(), sample.verdict));
    QStringList names;
    for (const AttachmentRecord &attachment : sample.attachments)
        names << (attachment.filename.isEmpty() ? tr("(unnamed, %1)").arg(attachment.mimeType) : attachment.filename);
    m_attachments->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    m_tags->setText(sample.tags.join(QStringLiteral(", ")));
    m_source->setText(sample.source);
    m_sha256->setText(QString::fromLatin1(sample.sha256));
    m_sha256->setCursorPosition(0); // show its start when it does not fit
}

void OverviewPane::clear()
{
    for (QLabel *label :
        { m_subject, m_from, m_sender, m_replyTo, m_returnPath, m_to, m_cc, m_date, m_arrival, m_verdict, m_attachments, m_tags, m_source })
        label->clear();
    m_sha256->clear();
}

} // namespace shoal
