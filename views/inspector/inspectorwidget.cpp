#include "inspector/inspectorwidget.h"

#include "inspector/metadataeditor.h"
#include "inspector/overviewpane.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shoal {

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Select a sample to inspect it."), this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPane)
    , m_metadata(new MetadataEditor)
{
    setObjectName(QStringLiteral("inspector"));
    setAccessibleName(tr("Inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    m_tabs->setAccessibleName(tr("Inspector panes"));
    m_tabs->setDocumentMode(true);

    // Overview and metadata scroll together: the metadata is what the analyst edits next to
    // what they read.
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_overview);
    auto *analyst = new QGroupBox(tr("Analyst"), page);
    analyst->setAccessibleName(tr("Analyst metadata"));
    auto *analystLayout = new QVBoxLayout(analyst);
    analystLayout->addWidget(m_metadata);
    pageLayout->addWidget(analyst);
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Overview"));

    connect(m_metadata, &MetadataEditor::fieldEdited, this, &InspectorWidget::fieldEdited);
    connect(m_metadata, &MetadataEditor::tagsEdited, this, &InspectorWidget::tagsEdited);
}

InspectorWidget::~InspectorWidget() = default;

void InspectorWidget::setCase(CaseStore *store, const QTimeZone &zone)
{
    m_store = store;
    m_zone = zone;
    m_metadata->setOrganisations(store ? store->reportingOrgs() : QStringList());
    showSample(store && m_id ? m_id : 0);
}

void InspectorWidget::addPane(QWidget *pane, const QString &title)
{
    m_tabs->addTab(pane, title);
}

void InspectorWidget::showSample(qint64 id)
{
    const std::optional<SampleDetails> sample = m_store && id ? m_store->sampleDetails(id) : std::nullopt;
    m_id = sample ? id : 0;
    if (sample) {
        m_overview->setSample(*sample, m_zone);
        m_metadata->setSample(*sample, m_zone);
        m_stack->setCurrentWidget(m_tabs);
    } else {
        m_overview->clear();
        m_metadata->clear();
        m_stack->setCurrentWidget(m_empty);
    }
    Q_EMIT sampleShown(m_id);
}

void InspectorWidget::reload()
{
    if (m_store)
        m_metadata->setOrganisations(m_store->reportingOrgs());
    showSample(m_id);
}

} // namespace shoal
