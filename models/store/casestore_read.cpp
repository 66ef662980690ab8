// Reading a whole sample back: its row, addresses, attachments, indicators, notes, tags.
#include "store/casestore.h"

#include "store/casestore_p.h"

#include <QTimeZone>

namespace shoal {

namespace {

QDateTime fromUnix(const sql::Statement &query, int column)
{
    return query.isNull(column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(query.int64(column), QTimeZone::UTC);
}

} // namespace

std::optional<SampleDetails> CaseStore::sampleDetails(qint64 id)
{
    sql::Database &db = d->db;
    sql::Statement row = db.prepare(
        "SELECT s.sha256, s.format, s.source, s.size, c.sha256, s.subject, s.from_name, s.from_address, s.sender_address,"
        " s.return_path, s.date_utc, s.date_offset, s.arrival_utc, s.message_id, b.text_body, b.html_body,"
        " s.reporting_org, s.industry, s.verdict, s.notes"
        " FROM samples s LEFT JOIN samples c ON c.id = s.carrier_id LEFT JOIN bodies b ON b.sample_id = s.id WHERE s.id = ?1");
    row.bind(1, id);
    if (!row.next())
        return std::nullopt;
    SampleDetails s;
    s.id = id;
    s.sha256 = row.text(0).toLatin1();
    s.format = row.text(1);
    s.source = row.text(2);
    s.size = row.int64(3);
    s.carrierSha256 = row.text(4).toLatin1();
    s.subject = row.text(5);
    s.from = MailAddress{row.text(6), row.text(7)};
    s.senderAddress = row.text(8);
    s.returnPath = row.text(9);
    s.dateUtc = fromUnix(row, 10);
    s.dateOffsetSeconds = int(row.int64(11));
    s.arrivalUtc = fromUnix(row, 12);
    s.messageId = row.text(13);
    s.textBody = row.text(14);
    s.htmlBody = row.text(15);
    s.reportingOrg = row.text(16);
    s.industry = row.text(17);
    s.verdict = row.text(18);
    s.analystNotes = row.text(19);

    sql::Statement addresses = db.prepare("SELECT role, name, address FROM addresses WHERE sample_id = ?1 ORDER BY role, position");
    addresses.bind(1, id);
    while (addresses.next()) {
        const QString role = addresses.text(0);
        const MailAddress address{addresses.text(1), addresses.text(2)};
        if (role == QLatin1String("reply-to"))
            s.replyTo << address;
        else if (role == QLatin1String("to"))
            s.to << address;
        else if (role == QLatin1String("cc"))
            s.cc << address;
    }

    sql::Statement attachments = db.prepare(
        "SELECT part_index, filename, mime_type, content_id, is_inline, size, md5, sha1, sha256, ssdeep, true_type, true_mime"
        " FROM attachments WHERE sample_id = ?1 ORDER BY position");
    attachments.bind(1, id);
    while (attachments.next()) {
        AttachmentRecord a;
        a.partIndex = int(attachments.int64(0));
        a.filename = attachments.text(1);
        a.mimeType = attachments.text(2);
        a.contentId = attachments.text(3);
        a.isInline = attachments.int64(4) != 0;
        a.size = attachments.int64(5);
        a.md5 = attachments.text(6);
        a.sha1 = attachments.text(7);
        a.sha256 = attachments.text(8);
        a.ssdeep = attachments.text(9);
        a.trueType = attachments.text(10);
        a.trueMime = attachments.text(11);
        s.attachments << a;
    }

    sql::Statement indicators = db.prepare("SELECT kind, value, found_in FROM indicators WHERE sample_id = ?1 ORDER BY kind, value");
    indicators.bind(1, id);
    while (indicators.next())
        s.indicators << IndicatorRecord{indicators.text(0), indicators.text(1), indicators.text(2)};

    sql::Statement notes = db.prepare("SELECT severity, code, text FROM parse_notes WHERE sample_id = ?1 ORDER BY position");
    notes.bind(1, id);
    while (notes.next())
        s.notes << ParseNote{severityFromName(notes.text(0)), notes.text(1), notes.text(2)};

    sql::Statement tags = db.prepare("SELECT tag FROM tags WHERE sample_id = ?1 ORDER BY tag");
    tags.bind(1, id);
    while (tags.next())
        s.tags << tags.text(0);
    return s;
}

} // namespace shoal
