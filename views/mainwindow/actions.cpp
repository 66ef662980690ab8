#include "mainwindow/actions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>
#include <QWidget>

namespace shoal {

WorkbenchActions::WorkbenchActions(QWidget *window, QUndoStack *undoStack) : QObject(window), m_window(window)
{
    newCase = make(tr("&New Case…"), QStringLiteral("actionNewCase"));
    newCase->setShortcut(QKeySequence::New);
    newCase->setToolTip(tr("Start an empty case in a new .shoal file"));
    openCase = make(tr("&Open Case…"), QStringLiteral("actionOpenCase"));
    openCase->setShortcut(QKeySequence::Open);
    caseProfile = make(tr("Case &Profile…"), QStringLiteral("actionCaseProfile"));
    caseProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    caseProfile->setToolTip(tr("Protected domains, people and brands, and the case's time zone"));
    importFiles = make(tr("&Import Files…"), QStringLiteral("actionImportFiles"));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFiles->setToolTip(tr("Import .eml, .msg, mbox files and archives (you can also drop them on the window)"));
    importFolder = make(tr("Import &Folder…"), QStringLiteral("actionImportFolder"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    quit = make(tr("&Quit"), QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    recentCases = new QMenu(tr("Open &Recent"), window);
    recentCases->setObjectName(QStringLiteral("menuRecentCases"));

    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Shift+Z everywhere, Ctrl+Y too where the platform is used to it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    window->addAction(undo);
    window->addAction(redo);
    editMetadata = make(tr("&Edit Metadata…"), QStringLiteral("actionEditMetadata"));
    editMetadata->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editMetadata->setToolTip(tr("Set the verdict, industry, organisation, arrival, tags or notes of the selected samples"));
    addTag = make(tr("Add &Tag…"), QStringLiteral("actionAddTag"));
    addTag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    find = make(tr("&Search"), QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    saveSearch = make(tr("Save Search…"), QStringLiteral("actionSaveSearch"));
    saveSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveSearch->setToolTip(tr("Keep this search under Saved searches"));
    showAll = make(tr("Show &All Samples"), QStringLiteral("actionShowAll"));
    showAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    copySha256 = make(tr("Copy SHA-256"), QStringLiteral("actionCopySha256"));
    copySha256->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    focusNavigator = make(tr("Go to &Navigator"), QStringLiteral("actionFocusNavigator"));
    focusNavigator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    focusTable = make(tr("Go to &Samples"), QStringLiteral("actionFocusTable"));
    focusTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    focusInspector = make(tr("Go to &Inspector"), QStringLiteral("actionFocusInspector"));
    focusInspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    showImportProblems = make(tr("Import &Problems"), QStringLiteral("actionShowImportProblems"));
    refresh = make(tr("&Refresh"), QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    settings = make(tr("&Settings…"), QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    about = make(tr("&About Shoal"), QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

WorkbenchActions::~WorkbenchActions() = default;

QAction *WorkbenchActions::make(const QString &text, const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    m_window->addAction(action);
    return action;
}

void WorkbenchActions::populateMenuBar(QMenuBar *menuBar)
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addActions({ newCase, openCase });
    file->addMenu(recentCases);
    file->addSeparator();
    file->addActions({ importFiles, importFolder });
    file->addSeparator();
    file->addAction(caseProfile);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->addActions({ undo, redo });
    edit->addSeparator();
    edit->addActions({ editMetadata, addTag, copySha256 });
    edit->addSeparator();
    edit->addActions({ find, saveSearch, showAll });

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addActions({ focusNavigator, focusTable, focusInspector });
    view->addSeparator();
    view->addActions({ showImportProblems, refresh });

    QMenu *settingsMenu = menuBar->addMenu(tr("&Settings"));
    settingsMenu->addAction(settings);
    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(about);
}

} // namespace shoal
