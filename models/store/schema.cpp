#include "store/schema.h"

#include <array>

namespace shoal::store {

namespace {

// Each migration takes the schema from version N to N + 1. Never edit one that has shipped:
// add the next instead.
constexpr std::array kMigrations = {
    // 0 -> 1: samples, their parsed facts, analyst metadata and its history, full-text index.
    R"sql(
CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,          -- identity: SHA-256 of the raw bytes, lower-case hex
    format TEXT NOT NULL,                 -- 'eml' or 'msg'
    source TEXT NOT NULL,                 -- where it was first imported from
    imported_at INTEGER NOT NULL,         -- unix seconds, UTC
    size INTEGER NOT NULL,
    carrier_id INTEGER REFERENCES samples(id), -- the mail this one was attached to
    subject TEXT NOT NULL DEFAULT '',
    from_name TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL DEFAULT '',
    sender_address TEXT NOT NULL DEFAULT '',
    return_path TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    date_utc INTEGER,                     -- unix seconds; NULL without a readable Date
    date_offset INTEGER NOT NULL DEFAULT 0, -- seconds east of UTC the Date was written in
    arrival_utc INTEGER,                  -- newest Received time, else Date; the analyst may set it
    attachment_count INTEGER NOT NULL DEFAULT 0,
    url_count INTEGER NOT NULL DEFAULT 0,
    note_count INTEGER NOT NULL DEFAULT 0,
    finding_count INTEGER NOT NULL DEFAULT 0,
    reporting_org TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',    -- JSIC major group code, e.g. 'E' (manufacturing)
    verdict TEXT NOT NULL DEFAULT 'unknown',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX samples_arrival ON samples(arrival_utc);
CREATE INDEX samples_from ON samples(from_address);
CREATE INDEX samples_carrier ON samples(carrier_id);

-- The original bytes, unchanged (chain of custody); kept apart so that paging through samples
-- never reads them.
CREATE TABLE raw_messages (
    sample_id INTEGER PRIMARY KEY REFERENCES samples(id),
    bytes BLOB NOT NULL
);

-- Bodies apart too: the sample table's rows stay small for paging and sorting.
CREATE TABLE bodies (
    sample_id INTEGER PRIMARY KEY REFERENCES samples(id),
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL
);

CREATE TABLE headers (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    raw_value BLOB NOT NULL,
    decoded_value TEXT NOT NULL,
    PRIMARY KEY (sample_id, position)
) WITHOUT ROWID;

CREATE TABLE addresses (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    role TEXT NOT NULL,                   -- from, sender, reply-to, to, cc
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    PRIMARY KEY (sample_id, role, position)
) WITHOUT ROWID;
CREATE INDEX addresses_address ON addresses(address);

CREATE TABLE received (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    position INTEGER NOT NULL,            -- 0 = top (newest)
    value TEXT NOT NULL,
    PRIMARY KEY (sample_id, position)
) WITHOUT ROWID;

CREATE TABLE mime_parts (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    idx INTEGER NOT NULL,
    parent INTEGER NOT NULL,
    depth INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    charset TEXT NOT NULL,
    transfer_encoding TEXT NOT NULL,
    disposition TEXT NOT NULL,
    filename TEXT NOT NULL,
    content_id TEXT NOT NULL,
    decoded_size INTEGER NOT NULL,
    PRIMARY KEY (sample_id, idx)
) WITHOUT ROWID;

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    position INTEGER NOT NULL,
    part_index INTEGER NOT NULL,
    filename TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content_id TEXT NOT NULL,
    is_inline INTEGER NOT NULL,
    size INTEGER NOT NULL,
    md5 TEXT NOT NULL,
    sha1 TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    ssdeep TEXT NOT NULL,
    true_type TEXT NOT NULL,
    true_mime TEXT NOT NULL
);
CREATE INDEX attachments_sample ON attachments(sample_id);
CREATE INDEX attachments_sha256 ON attachments(sha256);

CREATE TABLE indicators (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    kind TEXT NOT NULL,                   -- url, domain, ip, email
    value TEXT NOT NULL,
    found_in TEXT NOT NULL,
    PRIMARY KEY (sample_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX indicators_value ON indicators(kind, value);

CREATE TABLE parse_notes (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    position INTEGER NOT NULL,
    severity TEXT NOT NULL,
    code TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (sample_id, position)
) WITHOUT ROWID;

CREATE TABLE tags (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    tag TEXT NOT NULL,
    PRIMARY KEY (sample_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags(tag);

-- Every change of analyst metadata, with its time: who changed what from what to what.
CREATE TABLE metadata_history (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_at INTEGER NOT NULL,
    changed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX metadata_history_sample ON metadata_history(sample_id);

-- Each place a sample was seen, its first import included; duplicates add a row here only.
CREATE TABLE sample_sources (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    origin TEXT NOT NULL,
    seen_at INTEGER NOT NULL
);
CREATE INDEX sample_sources_sample ON sample_sources(sample_id);

CREATE TABLE import_failures (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    failed_at INTEGER NOT NULL
);

-- Campaigns: groups of samples from one actor, with the explanation of why they belong together.
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,    -- a pinned campaign keeps its members when reclustering
    explanation TEXT NOT NULL DEFAULT '', -- JSON: the shared templates and how many members match each
    narrative TEXT NOT NULL DEFAULT '',   -- the analyst's text for the report
    created_at INTEGER NOT NULL
);
CREATE TABLE campaign_members (
    sample_id INTEGER PRIMARY KEY REFERENCES samples(id),
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    assigned_by TEXT NOT NULL DEFAULT 'cluster' -- cluster, rule, analyst
);
CREATE INDEX campaign_members_campaign ON campaign_members(campaign_id);

CREATE TABLE findings (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    rule TEXT NOT NULL,
    severity INTEGER NOT NULL,            -- 0 info, 1 low, 2 medium, 3 high
    title TEXT NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (sample_id, rule, evidence)
) WITHOUT ROWID;

CREATE TABLE saved_searches (
    name TEXT PRIMARY KEY,
    query TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE case_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Contentless full-text index: Japanese runs are indexed as overlapping bigrams (store/ftstext.h).
CREATE VIRTUAL TABLE samples_fts USING fts5(
    subject, addresses, body, attachment_names,
    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
)sql",
};

} // namespace

int currentSchemaVersion()
{
    return int(kMigrations.size());
}

bool migrate(sql::Database &db, QString *error)
{
    sql::Statement versionQuery = db.prepare("PRAGMA user_version");
    int version = versionQuery.next() ? int(versionQuery.int64(0)) : -1;
    versionQuery = {};
    if (version < 0) {
        *error = QStringLiteral("not a Shoal case (cannot read its schema version): %1").arg(db.lastError());
        return false;
    }
    if (version > currentSchemaVersion()) {
        *error = QStringLiteral("this case was written by a newer Shoal (schema %1, this build knows %2)").arg(version).arg(currentSchemaVersion());
        return false;
    }
    for (; version < currentSchemaVersion(); ++version) {
        sql::Transaction transaction(db);
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(version + 1);
        if (!db.exec(kMigrations[size_t(version)]) || !db.exec(bump.constData()) || !transaction.commit()) {
            *error = QStringLiteral("cannot upgrade the case to schema %1: %2").arg(version + 1).arg(db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace shoal::store
