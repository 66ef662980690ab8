#pragma once

#include <QElapsedTimer>
#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace shoal {

class CaseController;
class ImportController;
class ImportProblemsModel;
class ImportProblemsPage;
class ImportStatus;
class InspectorWidget;
class MetadataController;
class NavigatorController;
class NavigatorModel;
class SampleTableModel;
class SampleTableView;
class SearchBar;
class SelectionController;
class WorkbenchActions;
struct ImportSummary;

/*!
 * \brief The workbench window. It only wires parts together: the actions (actions.h), the
 * controllers (case, import, selection, metadata, navigator) and the models live in files of
 * their own; the handlers of the menu commands are in mainwindow_commands.cpp.
 *
 * Layout: the navigator (left dock), the search bar over the sample table (centre), the
 * inspector (right dock), the status bar with the import's progress and Cancel button.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a case; shows why when it cannot.
    bool openCase(const QString &path);
    /// The last case, else the default one under the user's data folder.
    void openInitialCase();
    /// Imports files, folders and archives into the open case in the background.
    bool importPaths(const QStringList &paths);

    CaseController *caseController() const { return m_cases; }
    ImportController *importController() const { return m_imports; }
    SampleTableModel *sampleModel() const { return m_samples; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildCentre();
    void buildDocks();
    void buildStatusBar();
    void connectParts();
    void connectActions();
    void restoreLayout();
    void saveLayout() const;

    void onCaseChanged();
    void onImportFinished(const ImportSummary &summary);
    void refreshNow();
    void updateStatus();
    void showSamples();
    void showImportProblems();

    // mainwindow_commands.cpp: what the menu commands do.
    void newCase();
    void chooseCase();
    void fillRecentMenu();
    void chooseImportFiles();
    void chooseImportFolder();
    void editCaseProfile();
    void editSelectedMetadata();
    void addTagToSelection();
    void copySelectedSha256();
    void editSettings();
    void showAbout();

    CaseController *m_cases;
    ImportController *m_imports;
    MetadataController *m_metadata;
    SampleTableModel *m_samples;
    NavigatorModel *m_navigatorModel;
    ImportProblemsModel *m_problems;
    WorkbenchActions *m_actions;

    SearchBar *m_searchBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    SampleTableView *m_table = nullptr;
    ImportProblemsPage *m_problemsPage = nullptr;
    QTreeView *m_navigator = nullptr;
    InspectorWidget *m_inspector = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    ImportStatus *m_importStatus = nullptr;
    SelectionController *m_selection = nullptr;
    NavigatorController *m_navigation = nullptr;

    QTimer *m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
};

} // namespace shoal
