#include "mainwindow/navigatorcontroller.h"

#include "itemmodels/itemroles.h"
#include "itemmodels/navigatormodel.h"
#include "mainwindow/searchbar.h"
#include "store/casestore.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QTreeView>

namespace shoal {

NavigatorController::NavigatorController(QTreeView *view, NavigatorModel *model, SearchBar *searchBar, QObject *parent)
    : QObject(parent), m_view(view), m_model(model), m_searchBar(searchBar)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NavigatorController::activate);
    connect(view, &QTreeView::activated, this, &NavigatorController::activate);
    connect(view, &QTreeView::customContextMenuRequested, this, &NavigatorController::showContextMenu);
}

NavigatorController::~NavigatorController() = default;

void NavigatorController::setStore(CaseStore *store)
{
    m_store = store;
    m_model->setStore(store);
    m_view->expandAll();
}

void NavigatorController::reload()
{
    const QModelIndex current = m_view->currentIndex();
    const auto kind = NavigatorModel::Kind(current.data(ItemRole::NavigatorKind).toInt());
    const QString name = current.data(ItemRole::NavigatorName).toString();
    const QScopedValueRollback<bool> reloading(m_reloading, true);
    m_model->reload();
    if (!current.isValid())
        return;
    // Children are rebuilt: put the current entry back without acting on it again.
    QModelIndex again;
    switch (kind) {
    case NavigatorModel::Kind::Tag:
        again = m_model->find(NavigatorModel::Kind::Tags, name);
        break;
    case NavigatorModel::Kind::Campaign:
        again = m_model->find(NavigatorModel::Kind::Campaigns, name);
        break;
    case NavigatorModel::Kind::SavedSearch:
        again = m_model->find(NavigatorModel::Kind::SavedSearches, name);
        break;
    default:
        again = m_model->indexOf(kind);
    }
    if (again.isValid())
        m_view->selectionModel()->setCurrentIndex(again, QItemSelectionModel::ClearAndSelect);
}

void NavigatorController::activate(const QModelIndex &index)
{
    if (!index.isValid() || m_reloading)
        return;
    switch (NavigatorModel::Kind(index.data(ItemRole::NavigatorKind).toInt())) {
    case NavigatorModel::Kind::AllSamples:
        m_searchBar->setQuery(QString());
        Q_EMIT samplesRequested();
        break;
    case NavigatorModel::Kind::Campaign:
    case NavigatorModel::Kind::Tag:
    case NavigatorModel::Kind::SavedSearch:
        m_searchBar->setQuery(index.data(ItemRole::NavigatorQuery).toString());
        Q_EMIT samplesRequested();
        break;
    case NavigatorModel::Kind::ImportProblems:
        Q_EMIT importProblemsRequested();
        break;
    default:
        break; // the group headers
    }
}

void NavigatorController::saveCurrentSearch()
{
    const QString query = m_searchBar->query().trimmed();
    if (!m_store || query.isEmpty() || !m_searchBar->errorText().isEmpty())
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_view->window(), tr("Save Search"), tr("Name of the search:"), QLineEdit::Normal, query, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (!m_store->saveSearch(name, query)) {
        QMessageBox::warning(m_view->window(), tr("Save Search"), tr("The search could not be saved: %1").arg(m_store->lastError()));
        return;
    }
    reload();
}

void NavigatorController::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!m_store || NavigatorModel::Kind(index.data(ItemRole::NavigatorKind).toInt()) != NavigatorModel::Kind::SavedSearch)
        return;
    const QString name = index.data(ItemRole::NavigatorName).toString();
    QMenu menu;
    QAction *remove = menu.addAction(tr("Delete Saved Search \"%1\"").arg(name));
    if (menu.exec(m_view->viewport()->mapToGlobal(position)) == remove) {
        m_store->removeSavedSearch(name);
        reload();
    }
}

} // namespace shoal
