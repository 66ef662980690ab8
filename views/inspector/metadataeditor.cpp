#include "inspector/metadataeditor.h"

#include "inspector/metadatafields.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>

namespace shoal {

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_org(new QLineEdit(this))
    , m_orgCompleter(new QCompleter(this))
    , m_industry(new QComboBox(this))
    , m_verdict(new QComboBox(this))
    , m_arrival(new QDateTimeEdit(this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveNotes(new QPushButton(tr("Save notes"), this))
{
    setObjectName(QStringLiteral("metadataEditor"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Reporting organisation"), m_org);
    form->addRow(tr("Industry"), m_industry);
    form->addRow(tr("Verdict"), m_verdict);
    form->addRow(tr("Arrival"), m_arrival);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(QString(), m_saveNotes);

    m_org->setAccessibleName(tr("Reporting organisation"));
    m_orgCompleter->setModel(new QStringListModel(m_orgCompleter));
    m_orgCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_org->setCompleter(m_orgCompleter);
    m_industry->setAccessibleName(tr("Industry"));
    fillVocabulary(m_industry, industries(), true, true);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(12);
    m_verdict->setAccessibleName(tr("Verdict"));
    fillVocabulary(m_verdict, verdicts(), false, false);
    m_verdict->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_verdict->setMinimumContentsLength(12);
    m_arrival->setAccessibleName(tr("Arrival time"));
    m_arrival->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_arrival->setCalendarPopup(true);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("tags separated by commas"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(120);
    m_saveNotes->setAccessibleName(tr("Save notes"));
    m_saveNotes->setEnabled(false);

    connect(m_org, &QLineEdit::editingFinished, this,
        [this] { emitIfChanged(MetadataField::ReportingOrg, m_org->text().trimmed(), m_sample.reportingOrg); });
    connect(m_industry, &QComboBox::activated, this,
        [this] { emitIfChanged(MetadataField::Industry, m_industry->currentData().toString(), m_sample.industry); });
    connect(m_verdict, &QComboBox::activated, this,
        [this] { emitIfChanged(MetadataField::Verdict, m_verdict->currentData().toString(), m_sample.verdict); });
    connect(m_arrival, &QDateTimeEdit::editingFinished, this, [this] {
        const QDateTime utc = m_arrival->dateTime().toUTC();
        if (m_sample.id && utc.isValid() && utc != m_sample.arrivalUtc)
            Q_EMIT fieldEdited(MetadataField::Arrival, utc.toString(Qt::ISODate));
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        const QStringList now = splitTags(m_tags->text());
        QStringList added, removed;
        for (const QString &tag : now) {
            if (!m_sample.tags.contains(tag))
                added << tag;
        }
        for (const QString &tag : std::as_const(m_sample.tags)) {
            if (!now.contains(tag))
                removed << tag;
        }
        if (m_sample.id && (!added.isEmpty() || !removed.isEmpty()))
            Q_EMIT tagsEdited(added, removed);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
        [this] { m_saveNotes->setEnabled(m_sample.id && m_notes->toPlainText() != m_sample.analystNotes); });
    connect(m_saveNotes, &QPushButton::clicked, this,
        [this] { emitIfChanged(MetadataField::Notes, m_notes->toPlainText(), m_sample.analystNotes); });
    clear();
}

MetadataEditor::~MetadataEditor() = default;

void MetadataEditor::emitIfChanged(MetadataField field, const QString &value, const QString &current)
{
    if (m_sample.id && value != current)
        Q_EMIT fieldEdited(field, value);
}

void MetadataEditor::setOrganisations(const QStringList &organisations)
{
    static_cast<QStringListModel *>(m_orgCompleter->model())->setStringList(organisations);
}

void MetadataEditor::setSample(const SampleDetails &sample, const QTimeZone &zone)
{
    m_sample = sample;
    const QSignalBlocker blockers[] = { QSignalBlocker(m_org), QSignalBlocker(m_industry), QSignalBlocker(m_verdict),
        QSignalBlocker(m_arrival), QSignalBlocker(m_tags), QSignalBlocker(m_notes) };
    setEnabled(true);
    m_org->setText(sample.reportingOrg);
    m_industry->setCurrentIndex(qMax(0, m_industry->findData(sample.industry)));
    m_verdict->setCurrentIndex(qMax(0, m_verdict->findData(sample.verdict)));
    m_arrival->setTimeZone(zone);
    m_arrival->setDateTime(sample.arrivalUtc.isValid() ? sample.arrivalUtc.toTimeZone(zone) : QDateTime());
    m_tags->setText(sample.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(sample.analystNotes);
    m_saveNotes->setEnabled(false);
}

void MetadataEditor::clear()
{
    m_sample = SampleDetails();
    const QSignalBlocker blockers[] = { QSignalBlocker(m_org), QSignalBlocker(m_tags), QSignalBlocker(m_notes) };
    m_org->clear();
    m_tags->clear();
    m_notes->clear();
    m_saveNotes->setEnabled(false);
    setEnabled(false);
}

} // namespace shoal
