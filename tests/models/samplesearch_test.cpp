// The search language and its SQL: each filter on a small case built in the test.
#include "search/queryparser.h"
#include "store/casestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace shoal;

namespace {

SampleRecord record(int n, const QString &subject, const QString &from, const QString &body, const QDateTime &arrival)
{
    SampleRecord r;
    r.raw = "sample " + QByteArray::number(n);
    r.sha256 = QByteArray::number(n).rightJustified(64, '0');
    r.source = QStringLiteral("test");
    r.message.subject = subject;
    r.message.from = MailAddress{QString(), from};
    r.message.textBody = body;
    r.arrivalUtc = arrival;
    return r;
}

} // namespace

class SampleSearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    QTimeZone m_tokyo{"Asia/Tokyo"};

    qint64 count(const QString &query)
    {
        SampleFilter filter;
        QueryError error;
        if (!QueryParser(m_tokyo).parse(query, &filter, &error)) {
            qWarning() << error.message;
            return -2;
        }
        return m_store->countSamples(filter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_store = CaseStore::open(m_dir.filePath(QStringLiteral("case.shoal")), &error);
        QVERIFY2(m_store, qPrintable(error));
        const QDateTime day1(QDate(2020, 11, 5), QTime(23, 30), QTimeZone::UTC); // 6 Nov 08:30 JST
        const QDateTime day2(QDate(2020, 11, 6), QTime(16, 0), QTimeZone::UTC); // 7 Nov 01:00 JST
        QVERIFY(m_store->beginBatch());
        SampleRecord a = record(1, QStringLiteral("≪WEB契約の更新・継続について≫"), QStringLiteral("info@xkqjzpw.work"),
                                QStringLiteral("ご確認ください"), day1);
        a.indicators << IndicatorRecord{QStringLiteral("domain"), QStringLiteral("xkqjzpw.work"), QStringLiteral("header:From")};
        SampleRecord b = record(2, QStringLiteral("Project Pegasus"), QStringLiteral("smtp-outbound-vulcan@secure-server-gateway.cc"),
                                QStringLiteral("Are you available?"), day2);
        b.attachments << AttachmentRecord{};
        b.indicators << IndicatorRecord{QStringLiteral("url"), QStringLiteral("https://secure-server-gateway.cc/x"), QStringLiteral("body:text")};
        SampleRecord c = record(3, QStringLiteral("Invoice 50%_off"), QStringLiteral("billing@mail.example.com"), QStringLiteral("pay now"), day2);
        for (const SampleRecord *r : {&a, &b, &c})
            QVERIFY(m_store->insertSample(*r));
        QVERIFY(m_store->commitBatch());
        const qint64 idB = *m_store->sampleId(b.sha256);
        QVERIFY(m_store->setMetadata(idB, MetadataField::Verdict, QStringLiteral("bec-2")));
        QVERIFY(m_store->addTag(idB, QStringLiteral("ceo")));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("everything") << QString() << qint64(3);
        QTest::newRow("japanese word inside a run") << QStringLiteral("契約") << qint64(1);
        QTest::newRow("japanese body") << QStringLiteral("確認") << qint64(1);
        QTest::newRow("english word") << QStringLiteral("pegasus") << qint64(1);
        QTest::newRow("two words AND") << QStringLiteral("pegasus available") << qint64(1);
        QTest::newRow("word AND miss") << QStringLiteral("pegasus 契約") << qint64(0);
        QTest::newRow("negated word") << QStringLiteral("-pegasus") << qint64(2);
        QTest::newRow("from") << QStringLiteral("from:vulcan") << qint64(1);
        QTest::newRow("domain of sender") << QStringLiteral("domain:secure-server-gateway.cc") << qint64(1);
        QTest::newRow("domain indicator") << QStringLiteral("domain:xkqjzpw.work") << qint64(1);
        QTest::newRow("parent domain") << QStringLiteral("domain:example.com") << qint64(1);
        QTest::newRow("subject literal %") << QStringLiteral("subject:50%_") << qint64(1);
        QTest::newRow("subject % is not a wildcard") << QStringLiteral("subject:%") << qint64(1);
        QTest::newRow("verdict key") << QStringLiteral("verdict:bec-2") << qint64(1);
        QTest::newRow("verdict japanese name") << QStringLiteral("verdict:未判定") << qint64(2);
        QTest::newRow("tag") << QStringLiteral("tag:ceo") << qint64(1);
        QTest::newRow("has attachment") << QStringLiteral("has:attachment") << qint64(1);
        QTest::newRow("has url") << QStringLiteral("has:url") << qint64(1);
        // Dates are days of the case's time zone (JST here): 05 Nov 23:30 UTC is 06 Nov JST.
        QTest::newRow("after JST day") << QStringLiteral("after:2020-11-06") << qint64(3);
        QTest::newRow("before JST day") << QStringLiteral("before:2020-11-07") << qint64(1);
        QTest::newRow("quoted phrase") << QStringLiteral("\"are you available\"") << qint64(1);
        QTest::newRow("url text is not a filter") << QStringLiteral("https://secure-server-gateway.cc") << qint64(0);
    }
    void filters()
    {
        QFETCH(QString, query);
        QFETCH(qint64, expected);
        QCOMPARE(count(query), expected);
    }

    void malformedQueriesSayWhy_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringLiteral("colour:red") << QStringLiteral("Unknown filter \"colour:\"");
        QTest::newRow("empty value") << QStringLiteral("from:") << QStringLiteral("needs a value");
        QTest::newRow("bad date") << QStringLiteral("before:yesterday") << QStringLiteral("is not a date");
        QTest::newRow("bad verdict") << QStringLiteral("verdict:evil") << QStringLiteral("Unknown verdict");
        QTest::newRow("open quote") << QStringLiteral("\"project") << QStringLiteral("not closed");
        QTest::newRow("bad has") << QStringLiteral("has:money") << QStringLiteral("\"has:\" takes");
    }
    void malformedQueriesSayWhy()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        SampleFilter filter;
        QueryError error;
        QVERIFY(!QueryParser().parse(query, &filter, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    void pagesAreOrderedAndDisjoint()
    {
        const QList<SampleRow> first = m_store->sampleRows({}, SampleSort::Arrival, Qt::DescendingOrder, 0, 2);
        const QList<SampleRow> second = m_store->sampleRows({}, SampleSort::Arrival, Qt::DescendingOrder, 2, 2);
        QCOMPARE(first.size(), 2);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second[0].subject, QStringLiteral("≪WEB契約の更新・継続について≫"));
        QVERIFY(first[0].id != first[1].id && first[1].id != second[0].id);
        QCOMPARE(first[0].arrivalUtc, first[1].arrivalUtc); // a tie, broken by id
        QVERIFY(first[0].id > first[1].id);
    }
};

QTEST_GUILESS_MAIN(SampleSearchTest)
#include "samplesearch_test.moc"
