#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace shoal {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Shoal"));
    auto *placeholder = new QLabel(tr("Drop suspicious mail here to import it."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setAccessibleName(tr("Welcome"));
    setCentralWidget(placeholder);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    menuBar()->addMenu(tr("&Help"))->addAction(tr("&About Shoal"), this, [this] { QApplication::aboutQt(); });
}

} // namespace shoal
