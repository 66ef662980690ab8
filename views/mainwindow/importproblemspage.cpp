#include "mainwindow/importproblemspage.h"

#include "itemmodels/itemroles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shoal {

ImportProblemsPage::ImportProblemsPage(QAbstractItemModel *problems, QWidget *parent) : QWidget(parent), m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(QStringLiteral("importProblemsTable"));
    m_table->setAccessibleName(tr("Import problems"));
    m_table->setModel(problems);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(ImportProblemColumn::Time, 130);
    m_table->horizontalHeader()->resizeSection(ImportProblemColumn::Input, 480);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to Samples"), this);
    connect(back, &QPushButton::clicked, this, &ImportProblemsPage::backRequested);
    auto *clearList = new QPushButton(tr("Clear List"), this);
    clearList->setToolTip(tr("Forget the problems of earlier imports"));
    connect(clearList, &QPushButton::clicked, this, &ImportProblemsPage::clearRequested);
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(clearList);
    layout->addLayout(buttons);
}

ImportProblemsPage::~ImportProblemsPage() = default;

} // namespace shoal
