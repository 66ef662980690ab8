#pragma once

#include "search/samplefilter.h"
#include "store/samplerecord.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace shoal {

/// Analyst metadata a sample carries besides its parse.
enum class MetadataField { ReportingOrg, Industry, Arrival, Verdict, Notes };

/// A sample as read back from the store, with its analyst metadata.
struct SampleDetails {
    qint64 id = 0;
    QByteArray sha256;
    QString format;
    QString source;
    qint64 size = 0;
    QByteArray carrierSha256; ///< the mail it was attached to; empty when none
    QString subject;
    MailAddress from;
    QString senderAddress;
    QString returnPath;
    QList<MailAddress> replyTo, to, cc;
    QDateTime dateUtc;
    int dateOffsetSeconds = 0;
    QDateTime arrivalUtc;
    QString messageId;
    QString textBody;
    QString htmlBody;
    QList<AttachmentRecord> attachments;
    QList<IndicatorRecord> indicators;
    QList<ParseNote> notes;
    QString reportingOrg, industry, verdict, analystNotes;
    QStringList tags;
};

/// One row of the sample table: what the table shows, nothing more (paging reads only these).
struct SampleRow {
    qint64 id = 0;
    QDateTime arrivalUtc;
    QString fromName;
    QString fromAddress;
    QString subject;
    QString campaign;
    QString verdict;
    QString industry;
    int attachmentCount = 0;
    int findingCount = 0;
};

/// The columns the sample table sorts by.
enum class SampleSort { Arrival, From, Subject, Campaign, Verdict, Industry, Attachments, Findings };

/// A search the analyst named, shown under "Saved searches".
struct SavedSearch {
    QString name;
    QString query; ///< in the search bar's language (search/queryparser.h)
};

/// An input an import could not read, kept so that the analyst can look at it later.
struct ImportFailureRecord {
    qint64 id = 0;
    QString origin;
    QString reason;
    QDateTime failedAt;
};

/// A name with how many samples carry it (a tag, a campaign).
struct NamedCount {
    qint64 id = 0; ///< the campaign's id; 0 for tags
    QString name;
    qint64 count = 0;
};

struct HistoryEntry {
    QString field;
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
};

/*!
 * \brief A case: one SQLite file holding samples, their parse and analysis, and the analyst's
 * metadata. This class owns all of Shoal's SQL; nothing else speaks to the database.
 *
 * One CaseStore is used from one thread at a time. The import keeps a single writer and commits
 * per batch, so a killed import keeps every batch committed before and leaves a valid file.
 */
class CaseStore
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (creating when missing, ReadWrite only) and migrates a case file.
    static std::unique_ptr<CaseStore> open(const QString &path, QString *error, Mode mode = Mode::ReadWrite);
    ~CaseStore();

    QString path() const;
    QString lastError() const;
    /// SQLite's integrity check of the whole file; the problems found go to *problems.
    bool integrityCheck(QString *problems);

    // --- import -------------------------------------------------------------------------------
    /// The SHA-256 of every sample, to skip duplicates before parsing them.
    QSet<QByteArray> sampleHashes();
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();

    struct InsertOutcome {
        qint64 id = 0; ///< the new or the existing sample
        bool duplicate = false;
        int embeddedInserted = 0; ///< carried messages stored as samples of their own
    };
    /// Stores a sample and the messages it carries (inside the current batch). Same bytes as a
    /// stored sample: nothing changes but a note of where they were seen again.
    std::optional<InsertOutcome> insertSample(const SampleRecord &record, qint64 carrierId = 0);
    /// Notes that a stored sample's bytes were seen again at `origin`; false when unknown.
    bool recordSighting(const QByteArray &sha256, const QString &origin);
    void recordFailure(const QString &origin, const QString &reason);

    // --- reading ------------------------------------------------------------------------------
    qint64 sampleCount();
    std::optional<qint64> sampleId(const QByteArray &sha256);
    /// Sample ids in import order, from `afterId` on, at most `limit`.
    QList<qint64> sampleIds(qint64 afterId, int limit);
    std::optional<SampleDetails> sampleDetails(qint64 id);

    /// How many samples match a search; -1 on error (lastError() says why).
    qint64 countSamples(const SampleFilter &filter);
    /// A page of matching samples in the given order (ties broken by id, so pages never overlap).
    QList<SampleRow> sampleRows(const SampleFilter &filter, SampleSort sort, Qt::SortOrder order, qint64 offset, int limit);
    /// The ids of every matching sample, in import order.
    QList<qint64> matchingSampleIds(const SampleFilter &filter);
    QByteArray rawMessage(qint64 id);
    QList<HeaderField> headers(qint64 id);

    // --- analyst metadata ---------------------------------------------------------------------
    bool setMetadata(qint64 id, MetadataField field, const QString &value, const QString &changedBy = {});
    bool addTag(qint64 id, const QString &tag, const QString &changedBy = {});
    bool removeTag(qint64 id, const QString &tag, const QString &changedBy = {});
    QList<HistoryEntry> history(qint64 id);

    // --- workbench: case settings, saved searches, navigator (store/casestore_workbench.cpp) ---
    /// A value of the case's own settings (profile, time zone...); `fallback` when unset.
    QString caseSetting(const QString &key, const QString &fallback = {});
    bool setCaseSetting(const QString &key, const QString &value);
    QList<SavedSearch> savedSearches(); ///< by name
    /// Saves or replaces the search called `name`.
    bool saveSearch(const QString &name, const QString &query);
    bool removeSavedSearch(const QString &name);
    qint64 importFailureCount();
    /// The newest failures first, at most `limit`.
    QList<ImportFailureRecord> importFailures(int limit);
    bool clearImportFailures();
    QList<NamedCount> tagCounts(); ///< every tag in use, by name
    QList<NamedCount> campaignCounts(); ///< every campaign, by name, with its member count
    /// The reporting organisations already used in the case, by name (for completion).
    QStringList reportingOrgs();
    /// Where each of `ids` stands in the order sampleRows() gives (0-based); ids that do not
    /// match the filter are left out. A few ids are placed by counting the rows before each
    /// (store/casestore_positions.cpp), many by numbering the matching rows once.
    QHash<qint64, qint64> samplePositions(const SampleFilter &filter, SampleSort sort, Qt::SortOrder order, const QList<qint64> &ids);
    /// The value of one metadata field for each of `ids`, as setMetadata() takes it (the arrival
    /// as ISO 8601 UTC, empty when unknown): what an undo puts back.
    QHash<qint64, QString> metadataValues(const QList<qint64> &ids, MetadataField field);
    /// Those of `ids` that carry `tag`.
    QSet<qint64> samplesWithTag(const QList<qint64> &ids, const QString &tag);

private:
    CaseStore();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace shoal
