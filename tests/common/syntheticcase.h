#pragma once

#include "search/queryparser.h"
#include "store/casestore.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace shoal::test {

/*!
 * \brief Deterministic made-up samples for tests and benchmarks of the case store and the sample
 * table: sample n always has the same subject, sender, arrival and body, so that expected values
 * can be computed instead of stored.
 *
 * Subjects mix Japanese and English words from small lists; one sample in 1,000 says "pegasus"
 * (a rare word to search for), every sample says one of the common words.
 */
inline SampleRecord syntheticSample(qint64 n)
{
    static const char *const kWords[] = { "invoice", "payment", "urgent", "account", "password", "delivery", "update", "請求書", "お支払い",
        "至急", "アカウント", "パスワード", "配送", "更新" };
    static const char *const kDomains[] = { "example.com", "mail.example.jp", "secure-login.cc", "b-company.co.jp", "free-mail.net" };
    constexpr qint64 kWordCount = sizeof(kWords) / sizeof(kWords[0]);
    constexpr qint64 kDomainCount = sizeof(kDomains) / sizeof(kDomains[0]);
    SampleRecord record;
    record.raw = "Subject: synthetic " + QByteArray::number(n) + "\r\n\r\nbody\r\n";
    record.sha256 = QCryptographicHash::hash(record.raw, QCryptographicHash::Sha256).toHex();
    record.source = QStringLiteral("synthetic/%1.eml").arg(n);
    const QString word = QString::fromUtf8(kWords[n % kWordCount]);
    const QString second = QString::fromUtf8(kWords[(n / kWordCount) % kWordCount]);
    record.message.subject = QStringLiteral("%1 %2 #%3").arg(word, second).arg(n);
    if (n % 1000 == 7)
        record.message.subject += QStringLiteral(" pegasus");
    const QString domain = QString::fromLatin1(kDomains[n % kDomainCount]);
    record.message.from = MailAddress { QStringLiteral("Sender %1").arg(n % 97), QStringLiteral("user%1@%2").arg(n % 997).arg(domain) };
    record.message.textBody = QStringLiteral("Please check the %1 at once. %2").arg(word, second);
    // Spread over two years from 2023-01-01 in steps that do not repeat soon; every 500th has none.
    if (n % 500 != 3)
        record.arrivalUtc = QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::UTC).addSecs((n * 7919) % (2 * 365 * 86400));
    return record;
}

/// Fills `store` with samples first .. first + count - 1, committing every `batch`.
inline bool fillSynthetic(CaseStore &store, qint64 first, qint64 count, int batch = 2000)
{
    for (qint64 n = first; n < first + count; ++n) {
        if ((n - first) % batch == 0 && !store.beginBatch())
            return false;
        if (!store.insertSample(syntheticSample(n)))
            return false;
        if ((n - first + 1) % batch == 0 && !store.commitBatch())
            return false;
    }
    return store.commitBatch();
}

/// A search as the search bar reads it; the test stops when the query is malformed.
inline SampleFilter parsedFilter(const QString &query, const QTimeZone &zone = QTimeZone("Asia/Tokyo"))
{
    SampleFilter filter;
    QueryError error;
    if (!QueryParser(zone).parse(query, &filter, &error))
        qFatal("bad query in a test: %s", qPrintable(error.message));
    return filter;
}

} // namespace shoal::test
