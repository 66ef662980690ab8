// Storing one parsed sample: the row, its raw bytes, its parse and analysis facts, its
// full-text entry, and the messages it carries.
#include "store/casestore.h"

#include "store/casestore_p.h"
#include "store/ftstext.h"

namespace shoal {

namespace {

// The full-text index holds the first part of a long body only: enough to find the sample.
constexpr qsizetype kMaxIndexedBodyChars = 64 * 1024;
constexpr int kMaxEmbeddingDepth = 8;

QString formatName(Message::Format format)
{
    return format == Message::Format::Msg ? QStringLiteral("msg") : QStringLiteral("eml");
}

QString joinAddresses(const SampleRecord &record)
{
    const Message &m = record.message;
    QStringList parts;
    const auto add = [&parts](const MailAddress &address) {
        if (!address.name.isEmpty())
            parts << address.name;
        if (!address.address.isEmpty())
            parts << address.address;
    };
    add(m.from);
    add(m.sender);
    for (const QList<MailAddress> *list : {&m.replyTo, &m.to, &m.cc}) {
        for (const MailAddress &address : *list)
            add(address);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

bool CaseStore::Private::prepareImportStatements()
{
    findSample = db.prepare("SELECT id FROM samples WHERE sha256 = ?1");
    insertSample = db.prepare(
        "INSERT INTO samples (sha256, format, source, imported_at, size, carrier_id, subject, from_name, from_address,"
        " sender_address, return_path, message_id, date_utc, date_offset, arrival_utc, attachment_count, url_count, note_count)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    insertBodies = db.prepare("INSERT INTO bodies (sample_id, text_body, html_body) VALUES (?1, ?2, ?3)");
    insertRaw = db.prepare("INSERT INTO raw_messages (sample_id, bytes) VALUES (?1, ?2)");
    insertHeader = db.prepare("INSERT INTO headers (sample_id, position, name, raw_value, decoded_value) VALUES (?1, ?2, ?3, ?4, ?5)");
    insertAddress = db.prepare("INSERT OR IGNORE INTO addresses (sample_id, role, position, name, address) VALUES (?1, ?2, ?3, ?4, ?5)");
    insertReceived = db.prepare("INSERT INTO received (sample_id, position, value) VALUES (?1, ?2, ?3)");
    insertPart = db.prepare(
        "INSERT INTO mime_parts (sample_id, idx, parent, depth, content_type, charset, transfer_encoding, disposition,"
        " filename, content_id, decoded_size) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insertAttachment = db.prepare(
        "INSERT INTO attachments (sample_id, position, part_index, filename, mime_type, content_id, is_inline, size, md5,"
        " sha1, sha256, ssdeep, true_type, true_mime) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    insertIndicator = db.prepare("INSERT OR IGNORE INTO indicators (sample_id, kind, value, found_in) VALUES (?1, ?2, ?3, ?4)");
    insertNote = db.prepare("INSERT INTO parse_notes (sample_id, position, severity, code, text) VALUES (?1, ?2, ?3, ?4, ?5)");
    insertSource = db.prepare("INSERT INTO sample_sources (sample_id, origin, seen_at) VALUES (?1, ?2, ?3)");
    insertFts = db.prepare("INSERT INTO samples_fts (rowid, subject, addresses, body, attachment_names) VALUES (?1, ?2, ?3, ?4, ?5)");
    return findSample.isValid() && insertSample.isValid() && insertRaw.isValid() && insertBodies.isValid() && insertHeader.isValid() && insertAddress.isValid()
        && insertReceived.isValid() && insertPart.isValid() && insertAttachment.isValid() && insertIndicator.isValid()
        && insertNote.isValid() && insertSource.isValid() && insertFts.isValid();
}

std::optional<CaseStore::InsertOutcome> CaseStore::insertSample(const SampleRecord &record, qint64 carrierId)
{
    static thread_local int depth = 0;
    Private &p = *d;
    InsertOutcome outcome;
    p.findSample.bind(1, QString::fromLatin1(record.sha256));
    if (p.findSample.next()) {
        outcome.id = p.findSample.int64(0);
        outcome.duplicate = true;
        p.findSample.reset();
        p.insertSource.bind(1, outcome.id).bind(2, record.source).bind(3, p.now()).run();
        return outcome;
    }
    if (!p.findSample.ok())
        return std::nullopt;
    const Message &m = record.message;
    int urls = 0;
    for (const IndicatorRecord &indicator : record.indicators)
        urls += indicator.kind == QLatin1String("url");
    sql::Statement &s = p.insertSample;
    s.bind(1, QString::fromLatin1(record.sha256)).bind(2, formatName(m.format)).bind(3, record.source).bind(4, p.now());
    s.bind(5, qint64(record.raw.size()));
    carrierId > 0 ? s.bind(6, carrierId) : s.bindNull(6);
    s.bind(7, m.subject).bind(8, m.from.name).bind(9, m.from.address).bind(10, m.sender.address).bind(11, m.returnPath);
    s.bind(12, m.messageId);
    m.dateUtc.isValid() ? s.bind(13, m.dateUtc.toSecsSinceEpoch()) : s.bindNull(13);
    s.bind(14, m.dateOffsetSeconds);
    record.arrivalUtc.isValid() ? s.bind(15, record.arrivalUtc.toSecsSinceEpoch()) : s.bindNull(15);
    s.bind(16, int(record.attachments.size())).bind(17, urls).bind(18, int(m.notes.size()));
    if (!s.run())
        return std::nullopt;
    const qint64 id = p.db.lastInsertId();
    outcome.id = id;

    bool ok = p.insertRaw.bind(1, id).bind(2, record.raw).run();
    ok &= p.insertBodies.bind(1, id).bind(2, m.textBody).bind(3, m.htmlBody).run();
    for (qsizetype i = 0; i < m.headers.size(); ++i) {
        const HeaderField &h = m.headers[i];
        ok &= p.insertHeader.bind(1, id).bind(2, int(i)).bind(3, h.name).bind(4, h.rawValue).bind(5, h.decodedValue).run();
    }
    const auto addAddresses = [&](const QString &role, const QList<MailAddress> &list) {
        for (qsizetype i = 0; i < list.size(); ++i)
            ok &= p.insertAddress.bind(1, id).bind(2, role).bind(3, int(i)).bind(4, list[i].name).bind(5, list[i].address).run();
    };
    if (!m.from.address.isEmpty() || !m.from.name.isEmpty())
        addAddresses(QStringLiteral("from"), {m.from});
    if (!m.sender.address.isEmpty())
        addAddresses(QStringLiteral("sender"), {m.sender});
    addAddresses(QStringLiteral("reply-to"), m.replyTo);
    addAddresses(QStringLiteral("to"), m.to);
    addAddresses(QStringLiteral("cc"), m.cc);
    for (qsizetype i = 0; i < m.received.size(); ++i)
        ok &= p.insertReceived.bind(1, id).bind(2, int(i)).bind(3, m.received[i]).run();
    for (qsizetype i = 0; i < m.parts.size(); ++i) {
        const MimePart &part = m.parts[i];
        ok &= p.insertPart.bind(1, id).bind(2, int(i)).bind(3, part.parent).bind(4, part.depth).bind(5, part.contentType)
                  .bind(6, part.charset).bind(7, part.transferEncoding).bind(8, part.disposition).bind(9, part.filename)
                  .bind(10, part.contentId).bind(11, part.decodedSize).run();
    }
    QStringList attachmentNames;
    for (qsizetype i = 0; i < record.attachments.size(); ++i) {
        const AttachmentRecord &a = record.attachments[i];
        attachmentNames << a.filename;
        ok &= p.insertAttachment.bind(1, id).bind(2, int(i)).bind(3, a.partIndex).bind(4, a.filename).bind(5, a.mimeType)
                  .bind(6, a.contentId).bind(7, int(a.isInline)).bind(8, a.size).bind(9, a.md5).bind(10, a.sha1).bind(11, a.sha256)
                  .bind(12, a.ssdeep).bind(13, a.trueType).bind(14, a.trueMime).run();
    }
    for (const IndicatorRecord &indicator : record.indicators)
        ok &= p.insertIndicator.bind(1, id).bind(2, indicator.kind).bind(3, indicator.value).bind(4, indicator.foundIn).run();
    for (qsizetype i = 0; i < m.notes.size(); ++i) {
        const ParseNote &note = m.notes[i];
        ok &= p.insertNote.bind(1, id).bind(2, int(i)).bind(3, severityName(note.severity)).bind(4, note.code).bind(5, note.text).run();
    }
    ok &= p.insertSource.bind(1, id).bind(2, record.source).bind(3, p.now()).run();
    const QString body = (m.textBody.isEmpty() ? m.htmlBody : m.textBody).left(kMaxIndexedBodyChars);
    ok &= p.insertFts.bind(1, id)
              .bind(2, store::ftsIndexText(m.subject))
              .bind(3, store::ftsIndexText(joinAddresses(record)))
              .bind(4, store::ftsIndexText(body))
              .bind(5, store::ftsIndexText(attachmentNames.join(QLatin1Char(' '))))
              .run();
    if (!ok)
        return std::nullopt;

    if (depth < kMaxEmbeddingDepth) {
        ++depth;
        for (const SampleRecord &child : record.embedded) {
            if (const auto inserted = insertSample(child, id); inserted && !inserted->duplicate)
                outcome.embeddedInserted += 1 + inserted->embeddedInserted;
        }
        --depth;
    }
    return outcome;
}

} // namespace shoal
