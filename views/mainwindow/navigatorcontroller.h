#pragma once

#include <QObject>

class QTreeView;

namespace shoal {

class CaseStore;
class NavigatorModel;
class SearchBar;

/*!
 * \brief What choosing an entry of the navigator does: All samples clears the search; a
 * campaign, a tag or a saved search puts its query in the search bar; Import problems shows
 * the problems. Also saves and deletes saved searches.
 */
class NavigatorController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorController)

public:
    NavigatorController(QTreeView *view, NavigatorModel *model, SearchBar *searchBar, QObject *parent = nullptr);
    ~NavigatorController() override;

    void setStore(CaseStore *store);
    /// Asks for a name and saves the search bar's query under it.
    void saveCurrentSearch();
    /// Counts and lists read again, the current entry kept when it still exists.
    void reload();

Q_SIGNALS:
    void samplesRequested();
    void importProblemsRequested();

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    QTreeView *m_view;
    NavigatorModel *m_model;
    SearchBar *m_searchBar;
    CaseStore *m_store = nullptr;
    bool m_reloading = false;
};

} // namespace shoal
