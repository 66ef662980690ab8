// The item models of the workbench (sample table, navigator, import problems) over a real case
// file, each under QAbstractItemModelTester; and the case settings they rely on.
#include "cases/casesettings.h"
#include "itemmodels/importproblemsmodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/sampletablemodel.h"
#include "syntheticcase.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shoal;

namespace {

constexpr int kSamples = 1000;


std::unique_ptr<CaseStore> openStore(const QString &path, CaseStore::Mode mode = CaseStore::Mode::ReadWrite)
{
    QString error;
    std::unique_ptr<CaseStore> store = CaseStore::open(path, &error, mode);
    if (!store)
        qWarning() << error;
    return store;
}

QList<qint64> modelIds(const SampleTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.sampleId(row);
    return ids;
}

QList<qint64> storeIds(CaseStore &store, const SampleFilter &filter, SampleSort sort, Qt::SortOrder order)
{
    QList<qint64> ids;
    for (const SampleRow &row : store.sampleRows(filter, sort, order, 0, 1 << 30))
        ids << row.id;
    return ids;
}

} // namespace

class SampleTableModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QString error;
        m_store = CaseStore::open(m_dir.filePath(QStringLiteral("case.shoal")), &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY(test::fillSynthetic(*m_store, 0, kSamples, 300));
        QCOMPARE(m_store->sampleCount(), qint64(kSamples));
        QVERIFY(m_store->setMetadata(1, MetadataField::Verdict, QStringLiteral("phishing")));
        QVERIFY(m_store->setMetadata(2, MetadataField::Verdict, QStringLiteral("phishing")));
        QVERIFY(m_store->setMetadata(2, MetadataField::Industry, QStringLiteral("E")));
        QVERIFY(m_store->addTag(1, QStringLiteral("needs review")));
        QVERIFY(m_store->addTag(2, QStringLiteral("needs review")));
        QVERIFY(m_store->addTag(3, QStringLiteral("ceo")));
    }

    void pagesInsteadOfLoadingEverything()
    {
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), kSamples);
        QCOMPARE(model.columnCount(), int(SampleColumn::ColumnCount));
        const QList<qint64> expected = storeIds(*m_store, {}, SampleSort::Arrival, Qt::DescendingOrder);
        QCOMPARE(modelIds(model), expected);

        // The first and the last row cost one page each; the last one is read from the end.
        SampleTableModel fresh;
        fresh.setStore(m_store.get());
        QCOMPARE(fresh.pagesFetched(), qint64(0));
        QCOMPARE(fresh.sampleId(0), expected.first());
        QCOMPARE(fresh.sampleId(kSamples - 1), expected.last());
        QCOMPARE(fresh.sampleId(kSamples - 2), expected[kSamples - 2]);
        QCOMPARE(fresh.pagesFetched(), qint64(2));
        QVERIFY(model.cachedRows() <= SampleTableModel::kMaxPages * SampleTableModel::kPageSize);
        QCOMPARE(model.sampleId(kSamples), qint64(0));
    }

    void cacheStaysBounded()
    {
        std::unique_ptr<CaseStore> big = openStore(m_dir.filePath(QStringLiteral("big.shoal")));
        const int count = SampleTableModel::kPageSize * (SampleTableModel::kMaxPages + 6);
        QVERIFY(test::fillSynthetic(*big, 0, count, 5000));
        SampleTableModel model;
        model.setStore(big.get());
        for (int row = 0; row < count; row += 50)
            QVERIFY(model.sampleId(row) > 0);
        QCOMPARE(model.cachedRows(), SampleTableModel::kMaxPages * SampleTableModel::kPageSize);
    }

    void displaysInTheCaseTimeZone()
    {
        SampleTableModel model;
        model.setStore(m_store.get());
        model.setTimeZone(QTimeZone("Asia/Tokyo"));
        const int row = model.rowOfSample(1); // synthetic sample 0: 2023-01-01 00:00 UTC
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, SampleColumn::Arrival)).toString(), QStringLiteral("2023-01-01 09:00"));
        QCOMPARE(model.data(model.index(row, SampleColumn::Arrival), ItemRole::ArrivalUtc).toDateTime(),
            QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::UTC));
        QCOMPARE(model.data(model.index(row, SampleColumn::Subject)).toString(), QStringLiteral("invoice invoice #0"));
        QCOMPARE(model.data(model.index(row, SampleColumn::From)).toString(), QStringLiteral("Sender 0 <user0@example.com>"));
        QCOMPARE(model.data(model.index(row, SampleColumn::Verdict)).toString(), QStringLiteral("Phishing"));
        QCOMPARE(model.data(model.index(row, SampleColumn::Verdict), ItemRole::VerdictKey).toString(), QStringLiteral("phishing"));
        const int row2 = model.rowOfSample(2);
        QCOMPARE(model.data(model.index(row2, SampleColumn::Industry)).toString(), QStringLiteral("Manufacturing"));
        QCOMPARE(model.data(model.index(row2, SampleColumn::Industry), ItemRole::IndustryKey).toString(), QStringLiteral("E"));
        QCOMPARE(model.data(model.index(row2, SampleColumn::Subject), ItemRole::SampleId).toLongLong(), qint64(2));
        QCOMPARE(model.headerData(SampleColumn::Findings, Qt::Horizontal).toString(), QStringLiteral("Findings"));
        QLocale::setDefault(QLocale(QLocale::Japanese));
        QCOMPARE(model.data(model.index(row2, SampleColumn::Industry)).toString(), QStringLiteral("製造業"));
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column = 0; column < SampleColumn::ColumnCount; ++column) {
            QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
        }
    }
    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(modelIds(model), storeIds(*m_store, {}, SampleSort(column), Qt::SortOrder(order)));
    }

    // Both ways of placing samples (counting rows before each, numbering all rows) agree with
    // the rows sampleRows() gives, NULL keys (no arrival) and ties included.
    void positionsMatchTheRows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("query");
        for (int column = 0; column < SampleColumn::ColumnCount; ++column) {
            for (const int order : { int(Qt::AscendingOrder), int(Qt::DescendingOrder) }) {
                QTest::addRow("column %d order %d", column, order) << column << order << QString();
                QTest::addRow("column %d order %d filtered", column, order) << column << order << QStringLiteral("-from:user8@ invoice");
            }
        }
    }
    void positionsMatchTheRows()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, query);
        const SampleFilter filter = query.isEmpty() ? SampleFilter() : test::parsedFilter(query);
        const QList<qint64> rows = storeIds(*m_store, filter, SampleSort(column), Qt::SortOrder(order));
        // Few ids: sample 4 has no arrival (NULL key), sample 9 is filtered out by from:user8@.
        const QList<qint64> few = { 1, 4, 9, 500, 1000, 999999 };
        QList<qint64> many;
        for (qint64 id = 1; id <= kSamples; id += 7)
            many << id;
        for (const QList<qint64> &ids : { few, many }) {
            const QHash<qint64, qint64> positions = m_store->samplePositions(filter, SampleSort(column), Qt::SortOrder(order), ids);
            for (qint64 id : ids) {
                const qint64 expected = rows.indexOf(id);
                QCOMPARE(positions.value(id, -1), expected);
            }
        }
    }

    void selectionFollowsItsSamples()
    {
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QItemSelectionModel selection(&model);
        const int rowOf5 = model.rowOfSample(5);
        selection.setCurrentIndex(model.index(rowOf5, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.select(model.index(model.rowOfSample(9), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

        model.sort(SampleColumn::Subject, Qt::AscendingOrder);
        QCOMPARE(model.sampleId(selection.currentIndex().row()), qint64(5));
        QList<qint64> selected;
        for (const QModelIndex &index : selection.selectedRows())
            selected << model.sampleId(index.row());
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, (QList<qint64> { 5, 9 }));

        // A search that keeps sample 5 and drops sample 9.
        QSignalSpy counted(&model, &SampleTableModel::countChanged);
        model.setFilter(test::parsedFilter(QStringLiteral("-from:user8@")));
        QCOMPARE(model.sampleId(selection.currentIndex().row()), qint64(5));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.rowCount(), int(m_store->countSamples(model.filter())));
        model.setFilter({});
        QCOMPARE(model.rowCount(), kSamples);
    }

    void refreshShowsNewSamplesAndKeepsTheCurrentOne()
    {
        QTemporaryDir dir;
        std::unique_ptr<CaseStore> store = openStore(dir.filePath(QStringLiteral("grow.shoal")));
        QVERIFY(test::fillSynthetic(*store, 0, 300));
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store.get());
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(model.rowOfSample(42), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QVERIFY(test::fillSynthetic(*store, 300, 450)); // arrivals interleave with the first ones
        QCOMPARE(model.rowCount(), 300);
        model.refresh();
        QCOMPARE(model.rowCount(), 750);
        QCOMPARE(model.sampleId(selection.currentIndex().row()), qint64(42));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(modelIds(model), storeIds(*store, {}, SampleSort::Arrival, Qt::DescendingOrder));
    }

    void navigatorListsTheCase()
    {
        QVERIFY(m_store->saveSearch(QStringLiteral("Japanese invoices"), QStringLiteral("請求書 has:url")));
        QVERIFY(m_store->saveSearch(QStringLiteral("Japanese invoices"), QStringLiteral("請求書"))); // replaced
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        const QModelIndex all = model.indexOf(NavigatorModel::Kind::AllSamples);
        QCOMPARE(all.data().toString(), QStringLiteral("All samples (1,000)"));
        QCOMPARE(all.data(ItemRole::NavigatorQuery).toString(), QString());
        const QModelIndex review = model.find(NavigatorModel::Kind::Tags, QStringLiteral("needs review"));
        QVERIFY(review.isValid());
        QCOMPARE(review.data(ItemRole::ItemCount).toLongLong(), qint64(2));
        QCOMPARE(review.data(ItemRole::NavigatorQuery).toString(), QStringLiteral("tag:\"needs review\""));
        QCOMPARE(model.find(NavigatorModel::Kind::Tags, QStringLiteral("ceo")).data(ItemRole::NavigatorQuery).toString(),
            QStringLiteral("tag:ceo"));
        QCOMPARE(m_store->countSamples(test::parsedFilter(review.data(ItemRole::NavigatorQuery).toString())), qint64(2));
        const QModelIndex saved = model.find(NavigatorModel::Kind::SavedSearches, QStringLiteral("Japanese invoices"));
        QCOMPARE(saved.data(ItemRole::NavigatorQuery).toString(), QStringLiteral("請求書"));
        QCOMPARE(model.rowCount(model.indexOf(NavigatorModel::Kind::SavedSearches)), 1);

        QVERIFY(m_store->removeTag(3, QStringLiteral("ceo")));
        model.reload();
        QVERIFY(!model.find(NavigatorModel::Kind::Tags, QStringLiteral("ceo")).isValid());
        QVERIFY(m_store->removeSavedSearch(QStringLiteral("Japanese invoices")));
        model.reload();
        QCOMPARE(model.rowCount(model.indexOf(NavigatorModel::Kind::SavedSearches)), 0);
    }

    void importProblemsAreListedNewestFirst()
    {
        QTemporaryDir dir;
        std::unique_ptr<CaseStore> store = openStore(dir.filePath(QStringLiteral("problems.shoal")));
        store->recordFailure(QStringLiteral("/in/a.zip!x.eml"), QStringLiteral("truncated zip entry"));
        store->recordFailure(QStringLiteral("/in/b.msg"), QStringLiteral("not an Outlook message"));
        ImportProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ImportProblemColumn::Input).data().toString(), QStringLiteral("/in/b.msg"));
        QCOMPARE(model.index(1, ImportProblemColumn::Reason).data().toString(), QStringLiteral("truncated zip entry"));
        NavigatorModel navigator;
        navigator.setStore(store.get());
        QCOMPARE(navigator.indexOf(NavigatorModel::Kind::ImportProblems).data(ItemRole::ItemCount).toLongLong(), qint64(2));
        QVERIFY(store->clearImportFailures());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void caseSettingsTravelWithTheCase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.shoal"));
        {
            std::unique_ptr<CaseStore> store = openStore(path);
            casesettings::ensureDefaults(*store, QLocale(QLocale::Japanese, QLocale::Japan));
            CaseProfile profile;
            profile.protectedDomains = { QStringLiteral("b-company.co.jp"), QStringLiteral("  ") };
            profile.protectedPeople = { QStringLiteral("山田 太郎"), QStringLiteral("Taro, Yamada") };
            profile.brands = { QStringLiteral("Bカンパニー") };
            QVERIFY(casesettings::setProfile(*store, profile));
        }
        std::unique_ptr<CaseStore> store = openStore(path, CaseStore::Mode::ReadOnly);
        QVERIFY(store);
        QCOMPARE(casesettings::timeZone(*store).id(), QByteArray("Asia/Tokyo"));
        const CaseProfile profile = casesettings::profile(*store);
        QCOMPARE(profile.protectedDomains, QStringList { QStringLiteral("b-company.co.jp") });
        QCOMPARE(profile.protectedPeople, (QStringList { QStringLiteral("山田 太郎"), QStringLiteral("Taro, Yamada") }));
        QCOMPARE(profile.brands, QStringList { QStringLiteral("Bカンパニー") });
        QCOMPARE(casesettings::defaultTimeZone(QLocale(QLocale::Japanese)).id(), QByteArray("Asia/Tokyo"));
    }
};

QTEST_GUILESS_MAIN(SampleTableModelTest)
#include "sampletablemodel_test.moc"
