// What the menu commands of the workbench window do: the dialogs they open and what they hand
// to the controllers. Kept apart from the window's construction and wiring (mainwindow.cpp).
#include "cases/caselocations.h"
#include "cases/caseprofiledialog.h"
#include "cases/casesettings.h"
#include "i18n/language.h"
#include "mainwindow/actions.h"
#include "mainwindow/casecontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/metadatacontroller.h"
#include "mainwindow/metadatadialog.h"
#include "mainwindow/selectioncontroller.h"
#include "settings/settingsdialog.h"
#include "util/version.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

namespace shoal {

namespace {

QString lastFolder(const QString &key)
{
    return QSettings().value(key, QStandardPaths::writableLocation(QStandardPaths::HomeLocation)).toString();
}

void rememberFolder(const QString &key, const QString &path)
{
    QSettings().setValue(key, QFileInfo(path).absolutePath());
}

} // namespace

void MainWindow::newCase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Case"), lastFolder(QStringLiteral("folders/cases")),
        tr("Shoal cases (*.shoal)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(caselocations::suffix()))
        path += caselocations::suffix();
    if (QFileInfo::exists(path)) {
        QMessageBox::information(
            this, tr("New Case"), tr("%1 exists already. Choose another name, or open it with File ▸ Open Case.").arg(path));
        return;
    }
    rememberFolder(QStringLiteral("folders/cases"), path);
    openCase(path);
}

void MainWindow::chooseCase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Case"), lastFolder(QStringLiteral("folders/cases")), tr("Shoal cases (*.shoal);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(QStringLiteral("folders/cases"), path);
    openCase(path);
}

void MainWindow::fillRecentMenu()
{
    QMenu *menu = m_actions->recentCases;
    menu->clear();
    const QStringList recent = caselocations::recentCases();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QFileInfo(path).completeBaseName(), this, [this, path] { openCase(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty())
        menu->addAction(tr("(none)"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Default Case"), this, [this] { openCase(caselocations::defaultCasePath()); });
}

void MainWindow::chooseImportFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), lastFolder(QStringLiteral("folders/import")),
        tr("Mail and archives (*.eml *.msg *.mbox *.mbx *.emlx *.txt *.zip *.7z *.rar *.tar *.gz *.tgz);;All files (*)"));
    if (paths.isEmpty())
        return;
    rememberFolder(QStringLiteral("folders/import"), paths.first());
    importPaths(paths);
}

void MainWindow::chooseImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), lastFolder(QStringLiteral("folders/import")));
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("folders/import"), folder);
    importPaths({ folder });
}

void MainWindow::editCaseProfile()
{
    CaseStore *store = m_cases->store();
    if (!store)
        return;
    CaseProfileDialog dialog(m_cases->displayName(), casesettings::profile(*store), m_cases->timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!casesettings::setProfile(*store, dialog.profile()) || !m_cases->setTimeZone(dialog.timeZone()))
        QMessageBox::warning(this, tr("Case Profile"), tr("The profile could not be saved: %1").arg(store->lastError()));
}

void MainWindow::editSelectedMetadata()
{
    const QList<qint64> ids = m_selection->selectedSampleIds();
    if (ids.isEmpty() || !m_cases->store())
        return;
    MetadataDialog dialog(int(ids.size()), m_cases->store()->reportingOrgs(), m_cases->timeZone(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_metadata->apply(ids, dialog.edit());
}

void MainWindow::addTagToSelection()
{
    const QList<qint64> ids = m_selection->selectedSampleIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString tag = QInputDialog::getText(
        this, tr("Add Tag"), tr("Tag for %n sample(s):", nullptr, int(ids.size())), QLineEdit::Normal, QString(), &ok)
                            .trimmed();
    if (ok && !tag.isEmpty())
        m_metadata->changeTags(ids, { tag }, {});
}

void MainWindow::copySelectedSha256()
{
    CaseStore *store = m_cases->store();
    if (!store)
        return;
    constexpr int kMaxCopied = 10000;
    QStringList hashes;
    for (qint64 id : m_selection->selectedSampleIds().mid(0, kMaxCopied)) {
        if (const std::optional<SampleDetails> sample = store->sampleDetails(id))
            hashes << QString::fromLatin1(sample->sha256);
    }
    QApplication::clipboard()->setText(hashes.join(QLatin1Char('\n')));
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.language() == language::configured())
        return;
    language::setConfigured(dialog.language());
    const auto answer = QMessageBox::question(this, tr("Language"), tr("The new language applies when Shoal starts again. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (close()) // saves the layout; the case reopens as the last one
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Shoal"),
        tr("<h3>Shoal %1</h3><p>A workbench for analysts of suspicious email: phishing, business email compromise "
           "and malware mail.</p><p>Samples are shown safely: no script runs, nothing is fetched, no attachment "
           "is opened.</p>")
            .arg(versionString().toHtmlEscaped()));
}

} // namespace shoal
