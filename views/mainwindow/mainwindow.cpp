#include "mainwindow/mainwindow.h"

#include "cases/caselocations.h"
#include "inspector/inspectorwidget.h"
#include "itemmodels/importproblemsmodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/sampletablemodel.h"
#include "mainwindow/actions.h"
#include "mainwindow/casecontroller.h"
#include "mainwindow/importcontroller.h"
#include "mainwindow/importproblemspage.h"
#include "mainwindow/importstatus.h"
#include "mainwindow/importsummarydialog.h"
#include "mainwindow/metadatacontroller.h"
#include "mainwindow/navigatorcontroller.h"
#include "mainwindow/sampletableview.h"
#include "mainwindow/searchbar.h"
#include "mainwindow/selectioncontroller.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace shoal {

namespace {

// While an import runs, the table and the counts are read again at most this often.
constexpr int kImportRefreshMs = 1000;

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_cases(new CaseController(this))
    , m_imports(new ImportController(this))
    , m_metadata(new MetadataController(this))
    , m_samples(new SampleTableModel(this))
    , m_navigatorModel(new NavigatorModel(this))
    , m_problems(new ImportProblemsModel(this))
    , m_actions(new WorkbenchActions(this, m_metadata->undoStack()))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Shoal"));
    setAcceptDrops(true);
    setCentralWidget(buildCentre());
    buildDocks();
    buildStatusBar();
    m_actions->populateMenuBar(menuBar());
    m_selection = new SelectionController(m_table, m_samples, this);
    m_navigation = new NavigatorController(m_navigator, m_navigatorModel, m_searchBar, this);
    m_refreshTimer->setSingleShot(true);
    m_sinceRefresh.start();
    connectParts();
    connectActions();
    resize(1440, 900);
    restoreLayout();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildCentre()
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(4, 4, 4, 0);
    m_searchBar = new SearchBar(centre);
    m_searchBar->addAction(m_actions->saveSearch);
    layout->addWidget(m_searchBar);
    m_pages = new QStackedWidget(centre);
    layout->addWidget(m_pages, 1);

    m_table = new SampleTableView(m_pages);
    m_table->setModel(m_samples);
    m_pages->addWidget(m_table);
    m_problemsPage = new ImportProblemsPage(m_problems, m_pages);
    connect(m_problemsPage, &ImportProblemsPage::backRequested, this, &MainWindow::showSamples);
    connect(m_problemsPage, &ImportProblemsPage::clearRequested, this, [this] {
        if (m_cases->store() && m_cases->store()->clearImportFailures())
            refreshNow();
    });
    m_pages->addWidget(m_problemsPage);
    return centre;
}

void MainWindow::buildDocks()
{
    m_navigator = new QTreeView;
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);
    auto *navigatorDock = new QDockWidget(tr("Navigator"), this);
    navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    navigatorDock->setWidget(m_navigator);
    navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, navigatorDock);

    m_inspector = new InspectorWidget;
    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    inspectorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    resizeDocks({ navigatorDock, inspectorDock }, { 210, 420 }, Qt::Horizontal);
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Sample count"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setAccessibleName(tr("Selection"));
    m_importStatus = new ImportStatus(this);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_importStatus);
}

void MainWindow::connectParts()
{
    connect(m_cases, &CaseController::caseChanged, this, &MainWindow::onCaseChanged);
    connect(m_cases, &CaseController::timeZoneChanged, this, [this](const QTimeZone &zone) {
        m_samples->setTimeZone(zone);
        m_problems->setTimeZone(zone);
        m_searchBar->setTimeZone(zone);
        m_inspector->setCase(m_cases->store(), zone);
    });
    connect(m_searchBar, &SearchBar::filterChanged, m_samples, &SampleTableModel::setFilter);
    connect(m_samples, &SampleTableModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_selection, &SelectionController::currentSampleChanged, m_inspector, &InspectorWidget::showSample);
    connect(m_selection, &SelectionController::selectionChanged, this, &MainWindow::updateStatus);
    connect(m_navigation, &NavigatorController::samplesRequested, this, &MainWindow::showSamples);
    connect(m_navigation, &NavigatorController::importProblemsRequested, this, &MainWindow::showImportProblems);

    connect(m_inspector, &InspectorWidget::fieldEdited, this,
        [this](MetadataField field, const QString &value) { m_metadata->setField({ m_inspector->sampleId() }, field, value); });
    connect(m_inspector, &InspectorWidget::tagsEdited, this, [this](const QStringList &added, const QStringList &removed) {
        m_metadata->changeTags({ m_inspector->sampleId() }, added, removed);
    });
    // Several commands of one edit report one after the other: read the case once for all.
    connect(m_metadata, &MetadataController::samplesChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_metadata, &MetadataController::failed, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Metadata"), message); });
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshNow);

    connect(m_imports, &ImportController::started, m_importStatus, &ImportStatus::begin);
    connect(m_imports, &ImportController::started, statusBar(), &QStatusBar::clearMessage);
    connect(m_imports, &ImportController::progress, m_importStatus, &ImportStatus::setProgress);
    connect(m_imports, &ImportController::progress, this, [this] {
        if (m_sinceRefresh.elapsed() >= kImportRefreshMs)
            refreshNow(); // the table fills as samples arrive
    });
    connect(m_imports, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_importStatus, &ImportStatus::cancelRequested, m_imports, &ImportController::cancel);
}

void MainWindow::connectActions()
{
    const WorkbenchActions *a = m_actions;
    connect(a->newCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(a->openCase, &QAction::triggered, this, &MainWindow::chooseCase);
    connect(a->recentCases, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(a->caseProfile, &QAction::triggered, this, &MainWindow::editCaseProfile);
    connect(a->importFiles, &QAction::triggered, this, &MainWindow::chooseImportFiles);
    connect(a->importFolder, &QAction::triggered, this, &MainWindow::chooseImportFolder);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->editMetadata, &QAction::triggered, this, &MainWindow::editSelectedMetadata);
    connect(a->addTag, &QAction::triggered, this, &MainWindow::addTagToSelection);
    connect(a->copySha256, &QAction::triggered, this, &MainWindow::copySelectedSha256);
    connect(a->find, &QAction::triggered, m_searchBar, &SearchBar::focusSearch);
    connect(a->saveSearch, &QAction::triggered, m_navigation, &NavigatorController::saveCurrentSearch);
    connect(a->showAll, &QAction::triggered, this, [this] {
        m_searchBar->setQuery(QString());
        showSamples();
    });
    connect(a->focusNavigator, &QAction::triggered, m_navigator, [this] { m_navigator->setFocus(Qt::ShortcutFocusReason); });
    connect(a->focusTable, &QAction::triggered, this, [this] {
        showSamples();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a->focusInspector, &QAction::triggered, m_inspector, [this] { m_inspector->setFocus(Qt::ShortcutFocusReason); });
    connect(a->showImportProblems, &QAction::triggered, this, &MainWindow::showImportProblems);
    connect(a->refresh, &QAction::triggered, this, &MainWindow::refreshNow);
    connect(a->settings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/sampleColumns")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/sampleColumns"), m_table->horizontalHeader()->saveState());
}

bool MainWindow::openCase(const QString &path)
{
    if (m_imports->isRunning()) {
        QMessageBox::information(this, tr("Open Case"), tr("Wait for the import to finish, or cancel it, before opening another case."));
        return false;
    }
    QString error;
    if (m_cases->open(path, &error))
        return true;
    QMessageBox::warning(this, tr("Open Case"), tr("The case could not be opened.\n\n%1").arg(error));
    return false;
}

void MainWindow::openInitialCase()
{
    QString error;
    if (!m_cases->openInitial(&error))
        QMessageBox::warning(this, tr("Open Case"), tr("No case could be opened.\n\n%1").arg(error));
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_cases->store() || paths.isEmpty())
        return false;
    if (m_imports->isRunning()) {
        statusBar()->showMessage(tr("An import is already running; drop the files again when it has finished."), 8000);
        return false;
    }
    m_actions->newCase->setEnabled(false);
    m_actions->openCase->setEnabled(false);
    m_actions->recentCases->setEnabled(false);
    return m_imports->start(m_cases->path(), paths);
}

void MainWindow::onCaseChanged()
{
    CaseStore *store = m_cases->store();
    m_metadata->setStore(store);
    m_samples->setStore(store);
    m_problems->setStore(store);
    m_navigation->setStore(store);
    m_inspector->setCase(store, m_cases->timeZone());
    m_searchBar->setQuery(QString());
    showSamples();
    setWindowTitle(tr("%1 – Shoal").arg(m_cases->displayName()));
    setWindowFilePath(m_cases->path());
    updateStatus();
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_importStatus->end();
    m_actions->newCase->setEnabled(true);
    m_actions->openCase->setEnabled(true);
    m_actions->recentCases->setEnabled(true);
    refreshNow();
    statusBar()->showMessage(ImportSummaryDialog::headline(summary), 15000);
    auto *dialog = new ImportSummaryDialog(summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportSummaryDialog::showProblemsRequested, this, &MainWindow::showImportProblems);
    dialog->open();
}

void MainWindow::refreshNow()
{
    m_sinceRefresh.restart();
    m_refreshTimer->stop();
    m_samples->refresh();
    m_navigation->reload();
    m_problems->reload();
    m_inspector->reload();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const qint64 total = m_cases->store() ? m_cases->store()->sampleCount() : 0;
    const qint64 shown = m_samples->rowCount();
    if (m_samples->filter().isEmpty())
        m_countLabel->setText(tr("%1 samples").arg(locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 of %2 samples match").arg(locale.toString(shown), locale.toString(total)));
    const int selected = m_selection ? m_selection->selectedCount() : 0;
    m_selectionLabel->setText(selected > 1 ? tr("%1 selected").arg(locale.toString(selected)) : QString());

    // Never an empty table without a reason.
    m_table->setEmptyNoteVisible(total == 0 && m_cases->store());
    m_searchBar->setNote(total > 0 && shown == 0 ? tr("No sample matches this search.") : QString());
}

void MainWindow::showSamples()
{
    m_pages->setCurrentWidget(m_table);
}

void MainWindow::showImportProblems()
{
    m_problems->reload();
    m_pages->setCurrentWidget(m_problemsPage);
    m_problemsPage->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_imports->cancel(); // committed batches stay; the controller waits for the worker
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && m_cases->store())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A case file dropped alone opens; anything else is mail to import.
    if (paths.size() == 1 && paths.first().endsWith(caselocations::suffix()))
        openCase(paths.first());
    else
        importPaths(paths);
}

} // namespace shoal
