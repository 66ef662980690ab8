#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QUndoStack;
class QWidget;

namespace shoal {

/*!
 * \brief Every user action of the workbench window with its text, shortcut and tooltip, and
 * the menus that show them. The window connects them; nothing here knows what they do.
 */
class WorkbenchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchActions)

public:
    /// Actions are added to `window` so that their shortcuts work wherever the focus is.
    WorkbenchActions(QWidget *window, QUndoStack *undoStack);
    ~WorkbenchActions() override;

    void populateMenuBar(QMenuBar *menuBar);

    // File
    QAction *newCase, *openCase, *caseProfile, *importFiles, *importFolder, *quit;
    QMenu *recentCases;
    // Edit
    QAction *undo, *redo, *editMetadata, *addTag, *find, *saveSearch, *showAll, *copySha256;
    // View
    QAction *focusNavigator, *focusTable, *focusInspector, *showImportProblems, *refresh;
    // Settings and help
    QAction *settings, *about;

private:
    QAction *make(const QString &text, const QString &objectName);
    QWidget *m_window;
};

} // namespace shoal
