#include "mainwindow/metadatadialog.h"

#include "inspector/metadatafields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace shoal {

MetadataDialog::MetadataDialog(int sampleCount, const QStringList &organisations, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
    , m_org(new QLineEdit(this))
    , m_industry(new QComboBox(this))
    , m_verdict(new QComboBox(this))
    , m_arrival(new QDateTimeEdit(this))
    , m_addTags(new QLineEdit(this))
    , m_removeTags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(tr("Edit metadata of %1 samples").arg(sampleCount));
    setAccessibleName(tr("Edit metadata"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_org->setCompleter(new QCompleter(organisations, m_org));
    m_org->setAccessibleName(tr("Reporting organisation"));
    fillVocabulary(m_industry, industries(), true, true);
    m_industry->setAccessibleName(tr("Industry"));
    fillVocabulary(m_verdict, verdicts(), false, false);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_arrival->setTimeZone(zone);
    m_arrival->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_arrival->setCalendarPopup(true);
    m_arrival->setDateTime(QDateTime::currentDateTimeUtc().toTimeZone(zone));
    m_arrival->setAccessibleName(tr("Arrival time"));
    m_addTags->setAccessibleName(tr("Tags to add"));
    m_addTags->setPlaceholderText(tr("tags separated by commas"));
    m_removeTags->setAccessibleName(tr("Tags to remove"));
    m_removeTags->setPlaceholderText(tr("tags separated by commas"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);

    m_orgBox = addRow(form, tr("Reporting organisation"), m_org);
    m_industryBox = addRow(form, tr("Industry"), m_industry);
    m_verdictBox = addRow(form, tr("Verdict"), m_verdict);
    m_arrivalBox = addRow(form, tr("Arrival (%1)").arg(QString::fromUtf8(zone.id())), m_arrival);
    form->addRow(tr("Add tags"), m_addTags);
    form->addRow(tr("Remove tags"), m_removeTags);
    m_notesBox = addRow(form, tr("Notes (replace)"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

MetadataDialog::~MetadataDialog() = default;

QCheckBox *MetadataDialog::addRow(QFormLayout *form, const QString &label, QWidget *editor)
{
    auto *box = new QCheckBox(label, this);
    box->setAccessibleName(tr("Change %1").arg(label));
    editor->setEnabled(false);
    connect(box, &QCheckBox::toggled, editor, &QWidget::setEnabled);
    form->addRow(box, editor);
    return box;
}

MetadataEdit MetadataDialog::edit() const
{
    MetadataEdit edit;
    if (m_orgBox->isChecked())
        edit.reportingOrg = m_org->text().trimmed();
    if (m_industryBox->isChecked())
        edit.industry = m_industry->currentData().toString();
    if (m_verdictBox->isChecked())
        edit.verdict = m_verdict->currentData().toString();
    if (m_arrivalBox->isChecked())
        edit.arrivalUtc = m_arrival->dateTime().toUTC();
    if (m_notesBox->isChecked())
        edit.notes = m_notes->toPlainText();
    edit.addTags = splitTags(m_addTags->text());
    edit.removeTags = splitTags(m_removeTags->text());
    return edit;
}

} // namespace shoal
