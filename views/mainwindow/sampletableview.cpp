#include "mainwindow/sampletableview.h"

#include "itemmodels/itemroles.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace shoal {

SampleTableView::SampleTableView(QWidget *parent) : QTableView(parent), m_emptyNote(new QLabel(viewport()))
{
    setObjectName(QStringLiteral("sampleTable"));
    setAccessibleName(tr("Samples"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);

    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setAccessibleName(tr("Empty case"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setText(
        tr("This case holds no samples yet.\nDrop mail files, folders or archives here, or choose File ▸ Import Files… (Ctrl+I)."));
    m_emptyNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyNote->hide();
    (new QVBoxLayout(viewport()))->addWidget(m_emptyNote);
}

SampleTableView::~SampleTableView() = default;

void SampleTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const int widths[] = { 130, 230, 340, 120, 130, 130, 90, 80 };
    for (int column = 0; column < SampleColumn::ColumnCount; ++column)
        horizontalHeader()->resizeSection(column, widths[column]);
    horizontalHeader()->setSortIndicator(SampleColumn::Arrival, Qt::DescendingOrder);
    setSortingEnabled(true);
}

void SampleTableView::setEmptyNoteVisible(bool visible)
{
    m_emptyNote->setVisible(visible);
}

} // namespace shoal
