// The real workbench window driven as an analyst would: import by a drop, watch the progress,
// cancel a large import, search, edit metadata and undo, switch the UI to Japanese and back.
// Each state is saved as a screenshot in the test artifacts, to be looked at.
#include "cases/casesettings.h"
#include "i18n/language.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/sampletablemodel.h"
#include "mainwindow/casecontroller.h"
#include "mainwindow/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "store/casestore.h"
#include "syntheticcase.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace shoal;

namespace {

template<typename T> T *byName(const QWidget *root, const QString &accessibleName)
{
    const QList<T *> candidates = root->findChildren<T *>();
    for (T *widget : candidates) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

QDialog *openDialog(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible() && dialog->objectName() == objectName)
            return dialog;
    }
    return nullptr;
}

void screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(150); // let queued repaints land
    const QString path = test::artifactsDir().filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void drop(QWidget *target, const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF where(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(where.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

// Small distinct messages, for an import large enough to be cancelled half-way.
void writeManyMessages(const QString &folder, int count)
{
    QDir().mkpath(folder);
    for (int i = 0; i < count; ++i) {
        QFile file(QStringLiteral("%1/generated-%2.eml").arg(folder).arg(i, 5, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: Sender " + QByteArray::number(i % 50) + " <sender" + QByteArray::number(i)
            + "@example.net>\r\n"
              "To: victim@b-company.co.jp\r\nSubject: Generated message "
            + QByteArray::number(i)
            + "\r\n"
              "Date: Mon, 4 Mar 2024 10:00:00 +0900\r\nMessage-ID: <"
            + QByteArray::number(i)
            + "@example.net>\r\n\r\n"
              "Please open the invoice number "
            + QByteArray::number(i) + ".\r\n");
    }
}

qint64 storeCount(MainWindow &window, const QString &query)
{
    return window.caseController()->store()->countSamples(test::parsedFilter(query, window.caseController()->timeZone()));
}

} // namespace

class WorkbenchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const
    {
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("sampleTable"));
        // Its accessible name follows the UI's language.
        const QString name = m_window->menuBar()->actions().first()->text() == QStringLiteral("&File") ? QStringLiteral("Samples")
                                                                                                       : QStringLiteral("検体");
        return view && view->accessibleName() == name ? view : nullptr;
    }

    void closeSummary()
    {
        QDialog *summary = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((summary = openDialog(QStringLiteral("importSummary"))) != nullptr, 10000);
        summary->reject();
        QTRY_VERIFY(!openDialog(QStringLiteral("importSummary")));
        activate(); // no window manager gives the focus back
    }

    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Wrapped values in the inspector get the height they need.
    void inspectorIsNotClipped()
    {
        QWidget *inspector = m_window->findChild<QWidget *>(QStringLiteral("inspector"));
        for (const QString &name : { QStringLiteral("Date"), QStringLiteral("Subject"), QStringLiteral("Imported from") }) {
            QLabel *label = byName<QLabel>(inspector, name);
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                qPrintable(QStringLiteral("%1: %2 < %3").arg(name).arg(label->height()).arg(label->heightForWidth(label->width()))));
        }
    }

    // What the next start of Shoal does: the translators first, then the window on the last case.
    void restart()
    {
        m_window.reset();
        QVERIFY(language::apply(language::effective()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        activate();
        m_window->openInitialCase();
    }

    // SQLite's integrity check on a connection of its own: on a connection that read the
    // full-text index before another one wrote it, FTS5's check reports a "malformed inverted
    // index" that is not there (SQLite 3.46; a fresh connection, or one more read, says ok).
    void caseIsSound()
    {
        QString error;
        std::unique_ptr<CaseStore> fresh = CaseStore::open(casePath(), &error, CaseStore::Mode::ReadOnly);
        QVERIFY2(fresh, qPrintable(error));
        QString problems;
        QVERIFY2(fresh->integrityCheck(&problems), qPrintable(problems));
    }

    QString casePath() const { return m_dir.filePath(QStringLiteral("workbench.shoal")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        language::apply(QStringLiteral("en"));
    }

    void firstStartOpensTheDefaultCase()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialCase();
        QVERIFY(window.caseController()->store());
        QVERIFY(window.caseController()->path().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(byName<QLabel>(&window, QStringLiteral("Empty case"))->isVisible());
        screenshot(&window, QStringLiteral("workbench-01-first-start.png"));
    }

    void importByDrop()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need the active window
        QVERIFY(m_window->openCase(casePath()));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("workbench – Shoal"));

        QSignalSpy progress(m_window->importController(), &ImportController::progress);
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        const QString notMail = m_dir.filePath(QStringLiteral("shopping-list.txt"));
        QFile list(notMail);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("milk\neggs\n");
        list.close();
        drop(m_window.get(),
            { test::testDataPath(QStringLiteral("eml/basic")), test::testDataPath(QStringLiteral("eml/japanese")), notMail });
        QVERIFY(m_window->importController()->isRunning());
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("importStatus"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!progress.isEmpty()); // at least the final count
        const auto summary = finished.first().first().value<ImportSummary>();
        QVERIFY(!summary.cancelled);
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("importStatus"))->isVisible());
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog(QStringLiteral("importSummary"))) != nullptr);
        const QString result = byName<QLabel>(dialog, QStringLiteral("Import result"))->text();
        QVERIFY2(result.startsWith(QStringLiteral("New samples: ")), qPrintable(result));
        QCOMPARE(summary.failures.size(), 1);
        QCOMPARE(summary.failures.first().origin, notMail);
        QVERIFY(byName<QWidget>(dialog, QStringLiteral("Failed inputs")));
        screenshot(dialog, QStringLiteral("workbench-02-import-summary.png"));
        // Each failure stays listed under Import problems.
        QAbstractButton *show = nullptr;
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (button->text() == QStringLiteral("Show import problems"))
                show = button;
        }
        QVERIFY(show);
        show->click();
        QTRY_VERIFY(!openDialog(QStringLiteral("importSummary")));
        activate();
        auto *problems = byName<QTableView>(m_window.get(), QStringLiteral("Import problems"));
        QTRY_VERIFY(problems->isVisible());
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(problems->model()->index(0, ImportProblemColumn::Input).data().toString(), notMail);
        QVERIFY(!problems->model()->index(0, ImportProblemColumn::Reason).data().toString().isEmpty());
        screenshot(m_window.get(), QStringLiteral("workbench-02b-import-problems.png"));
        m_window->findChild<QAction *>(QStringLiteral("actionShowAll"))->trigger();
        QTRY_VERIFY(table()->isVisible());

        const qint64 stored = m_window->caseController()->store()->sampleCount();
        QVERIFY2(stored >= 10, qPrintable(QString::number(stored))); // 2 basic + 8 Japanese, plus carried mail
        QCOMPARE(summary.imported, stored);
        QCOMPARE(qint64(table()->model()->rowCount()), stored);
        table()->setFocus();
        table()->selectRow(0);
        QTRY_VERIFY(byName<QWidget>(m_window.get(), QStringLiteral("Inspector panes"))->isVisible());
        screenshot(m_window.get(), QStringLiteral("workbench-03-imported.png"));
    }

    void arrowKeysWalkTheSamples()
    {
        QTableView *view = table();
        view->setFocus();
        view->selectRow(0);
        const qint64 first = m_window->sampleModel()->sampleId(0);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(view->currentIndex().data(ItemRole::SampleId).toLongLong(), m_window->sampleModel()->sampleId(1));
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->currentIndex().data(ItemRole::SampleId).toLongLong(), first);
        inspectorIsNotClipped();
    }

    void searchWithFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("japanese word") << QStringLiteral("アカウント");
        QTest::newRow("field filters") << QStringLiteral("subject:pegasus -tag:done");
        QTest::newRow("date and verdict") << QStringLiteral("after:2000-01-01 verdict:unknown");
        QTest::newRow("nothing matches") << QStringLiteral("from:nobody-at-all.invalid");
    }
    void searchWithFilters()
    {
        QFETCH(QString, query);
        QLineEdit *field = byName<QLineEdit>(m_window.get(), QStringLiteral("Search"));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        field->clear();
        field->insert(query); // QTest types ASCII only
        QTest::keyClick(field, Qt::Key_Return);
        const qint64 expected = storeCount(*m_window, query);
        QVERIFY(expected >= 0);
        QTRY_COMPARE(qint64(table()->model()->rowCount()), expected);
        QLabel *message = byName<QLabel>(m_window.get(), QStringLiteral("Search message"));
        if (expected == 0)
            QTRY_COMPARE(message->text(), QStringLiteral("No sample matches this search."));
        else
            QVERIFY(!message->isVisible());
        screenshot(m_window.get(),
            QStringLiteral("workbench-04-search-%1.png")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    }

    void malformedQuerySaysWhy()
    {
        QLineEdit *field = byName<QLineEdit>(m_window.get(), QStringLiteral("Search"));
        field->setText(QStringLiteral("subject:pegasus"));
        QTest::keyClick(field, Qt::Key_Return);
        const int before = table()->model()->rowCount();
        QVERIFY(before > 0);
        field->setText(QStringLiteral("colour:red before:yesterday"));
        QTest::keyClick(field, Qt::Key_Return);
        QLabel *message = byName<QLabel>(m_window.get(), QStringLiteral("Search message"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Unknown filter \"colour:\"")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        QCOMPARE(table()->model()->rowCount(), before); // the last good search stays
        screenshot(m_window.get(), QStringLiteral("workbench-05-search-error.png"));
        field->clear(); // the clear button's way: everything again
        QTRY_COMPARE(qint64(table()->model()->rowCount()), m_window->caseController()->store()->sampleCount());
        QVERIFY(!message->isVisible());
    }

    void editMetadataAndUndo()
    {
        CaseStore *store = m_window->caseController()->store();
        QTableView *view = table();
        view->setFocus();
        view->selectRow(0);
        const qint64 id = view->currentIndex().data(ItemRole::SampleId).toLongLong();
        QVERIFY(id > 0);
        QWidget *inspector = m_window->findChild<QWidget *>(QStringLiteral("inspector"));
        auto *verdict = byName<QComboBox>(inspector, QStringLiteral("Verdict"));
        QVERIFY(verdict && verdict->isEnabled());
        const int phishing = verdict->findData(QStringLiteral("phishing"));
        verdict->setCurrentIndex(phishing);
        Q_EMIT verdict->activated(phishing);
        QCOMPARE(store->sampleDetails(id)->verdict, QStringLiteral("phishing"));
        QTRY_COMPARE(view->model()->index(m_window->sampleModel()->rowOfSample(id), SampleColumn::Verdict).data().toString(),
            QStringLiteral("Phishing"));

        auto *organisation = byName<QLineEdit>(inspector, QStringLiteral("Reporting organisation"));
        organisation->setText(QStringLiteral("Bカンパニー株式会社"));
        Q_EMIT organisation->editingFinished();
        QCOMPARE(store->sampleDetails(id)->reportingOrg, QStringLiteral("Bカンパニー株式会社"));
        screenshot(m_window.get(), QStringLiteral("workbench-06-metadata-edited.png"));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->sampleDetails(id)->reportingOrg, QString());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->sampleDetails(id)->verdict, QStringLiteral("unknown"));
        QTRY_COMPARE(verdict->currentData().toString(), QStringLiteral("unknown")); // the inspector follows
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(store->sampleDetails(id)->verdict, QStringLiteral("phishing"));
    }

    void editSeveralSamplesAtOnce()
    {
        CaseStore *store = m_window->caseController()->store();
        QTableView *view = table();
        view->setFocus();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(1, SampleColumn::Subject)).center());
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        view->horizontalScrollBar()->setValue(0); // the click scrolled the subject into view
        QList<qint64> ids;
        for (int row = 1; row <= 3; ++row)
            ids << m_window->sampleModel()->sampleId(row);
        QCOMPARE(byName<QLabel>(m_window.get(), QStringLiteral("Selection"))->text(), QStringLiteral("3 selected"));

        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            QDialog *dialog = openDialog(QStringLiteral("metadataDialog"));
            QVERIFY(dialog);
            byName<QCheckBox>(dialog, QStringLiteral("Change Industry"))->setChecked(true);
            auto *industry = byName<QComboBox>(dialog, QStringLiteral("Industry"));
            industry->setCurrentIndex(industry->findData(QStringLiteral("J")));
            byName<QLineEdit>(dialog, QStringLiteral("Tags to add"))->setText(QStringLiteral("bec-wave-3, 要確認"));
            screenshot(dialog, QStringLiteral("workbench-07-metadata-dialog.png"));
            filled = true;
            dialog->accept();
        });
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(filled);
        activate();
        for (qint64 id : std::as_const(ids)) {
            const SampleDetails sample = *store->sampleDetails(id);
            QCOMPARE(sample.industry, QStringLiteral("J"));
            QCOMPARE(sample.tags, (QStringList { QStringLiteral("bec-wave-3"), QStringLiteral("要確認") }));
        }
        QCOMPARE(storeCount(*m_window, QStringLiteral("tag:要確認")), qint64(3));
        screenshot(m_window.get(), QStringLiteral("workbench-08-tagged.png"));
        // One edit of several fields is one step of undo.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        for (qint64 id : std::as_const(ids)) {
            QCOMPARE(store->sampleDetails(id)->industry, QString());
            QVERIFY(store->sampleDetails(id)->tags.isEmpty());
        }
    }

    void saveASearchAndComeBackToIt()
    {
        QLineEdit *field = byName<QLineEdit>(m_window.get(), QStringLiteral("Search"));
        field->setText(QStringLiteral("subject:pegasus"));
        QTest::keyClick(field, Qt::Key_Return);
        QTimer::singleShot(0, this, [] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *input = qobject_cast<QInputDialog *>(widget); input && input->isVisible()) {
                    input->setTextValue(QStringLiteral("Pegasus BEC"));
                    input->accept();
                }
            }
        });
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        activate();
        QCOMPARE(m_window->caseController()->store()->savedSearches().size(), 1);
        QCOMPARE(m_window->caseController()->store()->savedSearches().first().query, QStringLiteral("subject:pegasus"));

        // Everything again, then the saved search from the navigator.
        m_window->findChild<QAction *>(QStringLiteral("actionShowAll"))->trigger();
        QTRY_COMPARE(qint64(table()->model()->rowCount()), m_window->caseController()->store()->sampleCount());
        auto *navigator = byName<QTreeView>(m_window.get(), QStringLiteral("Navigator"));
        const auto *model = navigator->model();
        QModelIndex saved;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex parent = model->index(row, 0);
            for (int child = 0; child < model->rowCount(parent); ++child) {
                if (model->index(child, 0, parent).data(ItemRole::NavigatorName).toString() == QStringLiteral("Pegasus BEC"))
                    saved = model->index(child, 0, parent);
            }
        }
        QVERIFY(saved.isValid());
        navigator->setCurrentIndex(saved);
        QTRY_COMPARE(field->text(), QStringLiteral("subject:pegasus"));
        QTRY_COMPARE(qint64(table()->model()->rowCount()), storeCount(*m_window, QStringLiteral("subject:pegasus")));
        screenshot(m_window.get(), QStringLiteral("workbench-08b-saved-search.png"));
        m_window->findChild<QAction *>(QStringLiteral("actionShowAll"))->trigger();
    }

    void editTheCaseProfile()
    {
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            QDialog *dialog = openDialog(QStringLiteral("caseProfileDialog"));
            QVERIFY(dialog);
            byName<QPlainTextEdit>(dialog, QStringLiteral("Protected domains"))
                ->setPlainText(QStringLiteral("b-company.co.jp\nb-company.com\n"));
            byName<QPlainTextEdit>(dialog, QStringLiteral("Protected people"))->setPlainText(QStringLiteral("山田 太郎"));
            byName<QComboBox>(dialog, QStringLiteral("Time zone"))->setCurrentText(QStringLiteral("Asia/Tokyo"));
            screenshot(dialog, QStringLiteral("workbench-08c-case-profile.png"));
            filled = true;
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("actionCaseProfile"))->trigger();
        QVERIFY(filled);
        activate();
        CaseStore *store = m_window->caseController()->store();
        QCOMPARE(casesettings::profile(*store).protectedDomains,
            (QStringList { QStringLiteral("b-company.co.jp"), QStringLiteral("b-company.com") }));
        QCOMPARE(casesettings::profile(*store).protectedPeople, QStringList { QStringLiteral("山田 太郎") });
        QCOMPARE(m_window->caseController()->timeZone().id(), QByteArray("Asia/Tokyo"));
        // The table shows arrival times in the case's new zone.
        const QModelIndex arrival = table()->model()->index(0, SampleColumn::Arrival);
        QCOMPARE(arrival.data().toString(),
            arrival.data(ItemRole::ArrivalUtc)
                .toDateTime()
                .toTimeZone(QTimeZone("Asia/Tokyo"))
                .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QVERIFY(arrival.data(ItemRole::ArrivalUtc).toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            != arrival.data().toString());
    }

    void cancelALargeImport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        constexpr int kMessages = 20000;
        writeManyMessages(folder, kMessages);
        CaseStore *store = m_window->caseController()->store();
        const qint64 before = store->sampleCount();
        caseIsSound();
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        drop(m_window.get(), { folder });
        // The table fills while the import runs.
        QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() > before, 30000);
        QVERIFY(m_window->importController()->isRunning());
        auto *bar = byName<QProgressBar>(m_window.get(), QStringLiteral("Import progress"));
        QVERIFY(bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, 30000);
        QVERIFY2(byName<QLabel>(m_window.get(), QStringLiteral("Import status"))->text().startsWith(QStringLiteral("Importing: ")),
            qPrintable(byName<QLabel>(m_window.get(), QStringLiteral("Import status"))->text()));
        inspectorIsNotClipped();
        screenshot(m_window.get(), QStringLiteral("workbench-09-import-progress.png"));

        QTest::mouseClick(byName<QAbstractButton>(m_window.get(), QStringLiteral("Cancel import")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto summary = finished.first().first().value<ImportSummary>();
        QVERIFY(summary.cancelled);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog(QStringLiteral("importSummary"))) != nullptr);
        QVERIFY(byName<QLabel>(dialog, QStringLiteral("Import result"))->text().startsWith(QStringLiteral("Import cancelled.")));
        screenshot(dialog, QStringLiteral("workbench-10-import-cancelled.png"));
        closeSummary();

        // What was committed stays, and the case is sound.
        const qint64 after = store->sampleCount();
        QVERIFY2(after > before && after < before + kMessages, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(after - before, summary.imported);
        QCOMPARE(qint64(table()->model()->rowCount()), after);
        caseIsSound();
        screenshot(m_window.get(), QStringLiteral("workbench-11-after-cancel.png"));
    }

    void switchToJapaneseAndBack()
    {
        // Through Settings: the choice is kept and applies at the next start.
        bool chosen = false;
        QTimer::singleShot(0, this, [&chosen] {
            QDialog *dialog = openDialog(QStringLiteral("settingsDialog"));
            QVERIFY(dialog);
            auto *combo = byName<QComboBox>(dialog, QStringLiteral("Language"));
            combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
            screenshot(dialog, QStringLiteral("workbench-12-settings.png"));
            chosen = true;
            QTimer::singleShot(0, dialog, [] {
                // "Restart now?": not in a test.
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (auto *box = qobject_cast<QDialog *>(widget);
                        box && box->isVisible() && box->objectName() != QLatin1String("settingsDialog"))
                        box->reject();
                }
            });
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QVERIFY(chosen);
        QCOMPARE(language::configured(), QStringLiteral("ja"));
        QCOMPARE(language::effective(), QStringLiteral("ja"));

        restart();
        QCOMPARE(m_window->caseController()->path(), casePath());
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
        QCOMPARE(table()->model()->headerData(SampleColumn::Arrival, Qt::Horizontal).toString(), QStringLiteral("受信日時"));
        QVERIFY(byName<QLineEdit>(m_window.get(), QStringLiteral("検索")));
        table()->setFocus();
        table()->selectRow(0);
        QTRY_VERIFY(byName<QWidget>(m_window.get(), QStringLiteral("インスペクタのタブ"))->isVisible());
        QLineEdit *field = byName<QLineEdit>(m_window.get(), QStringLiteral("検索"));
        field->setText(QStringLiteral("colour:red"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(
            byName<QLabel>(m_window.get(), QStringLiteral("検索メッセージ"))->text().startsWith(QStringLiteral("不明なフィルター")));
        screenshot(m_window.get(), QStringLiteral("workbench-13-japanese.png"));
        field->clear();
        QTRY_VERIFY(!byName<QLabel>(m_window.get(), QStringLiteral("検索メッセージ"))->isVisible());
        screenshot(m_window.get(), QStringLiteral("workbench-14-japanese-table.png"));

        language::setConfigured(QStringLiteral("en"));
        restart();
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(table()->model()->headerData(SampleColumn::Arrival, Qt::Horizontal).toString(), QStringLiteral("Arrival"));
        screenshot(m_window.get(), QStringLiteral("workbench-15-english-again.png"));
    }

    // Nothing in the window paints with colours of its own: a dark desktop palette is followed.
    void followsADarkPalette()
    {
        QVERIFY(m_window);
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(dark);
        table()->selectRow(0);
        QTest::qWait(100);
        const QImage shot = m_window->grab().toImage();
        QVERIFY(shot.save(test::artifactsDir().filePath(QStringLiteral("workbench-16-dark-palette.png"))));
        // The inspector's background is the palette's, not a fixed light colour.
        QWidget *inspector = m_window->findChild<QWidget *>(QStringLiteral("inspector"));
        const QPoint corner = inspector->mapTo(m_window.get(), QPoint(inspector->width() - 3, inspector->height() - 3));
        QVERIFY2(qGray(shot.pixel(corner)) < 100, qPrintable(QColor(shot.pixel(corner)).name()));
        QApplication::setPalette(light);
    }

    void layoutIsRemembered()
    {
        QVERIFY(m_window);
        m_window->resize(1234, 777);
        QTest::qWait(50);
        m_window->close();
        m_window.reset();
        MainWindow again;
        QCOMPARE(again.size(), QSize(1234, 777));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(WorkbenchTest)
#include "workbench_test.moc"
