#include "headers/dkimbodyhash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>

namespace shoal {
namespace {

// Where the body starts: after the first empty line (CRLF or bare LF); raw.size() when none.
qsizetype bodyStart(QByteArrayView raw)
{
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            return raw.size();
        const qsizetype length = end - pos - (end > pos && raw.at(end - 1) == '\r' ? 1 : 0);
        if (length == 0)
            return end + 1;
        pos = end + 1;
    }
    return raw.size();
}

// The unfolded values of the DKIM-Signature header fields, top first.
QList<QByteArray> signatureValues(QByteArrayView headerBlock)
{
    QList<QByteArray> values;
    bool inSignature = false;
    qsizetype pos = 0;
    while (pos < headerBlock.size()) {
        qsizetype end = headerBlock.indexOf('\n', pos);
        if (end < 0)
            end = headerBlock.size();
        QByteArrayView line = headerBlock.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            if (inSignature)
                values.last() += line;
            continue;
        }
        inSignature = line.size() > 15 && line.first(15).compare("DKIM-Signature:", Qt::CaseInsensitive) == 0;
        if (inSignature)
            values.append(line.mid(15).toByteArray());
    }
    return values;
}

// tag=value pairs; all whitespace is dropped from the values (FWS may stand anywhere in b= and
// bh=, and nowhere meaningful in the tags read here).
QList<QPair<QByteArray, QByteArray>> readTags(const QByteArray &value)
{
    QList<QPair<QByteArray, QByteArray>> tags;
    for (const QByteArray &part : value.split(';')) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            continue;
        QByteArray tagValue;
        for (char c : part.mid(equals + 1)) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                tagValue += c;
        }
        tags.append({ part.left(equals).trimmed().toLower(), tagValue });
    }
    return tags;
}

QByteArray tag(const QList<QPair<QByteArray, QByteArray>> &tags, const char *name)
{
    for (const auto &pair : tags) {
        if (pair.first == name)
            return pair.second;
    }
    return {};
}

bool hasTag(const QList<QPair<QByteArray, QByteArray>> &tags, const char *name)
{
    for (const auto &pair : tags) {
        if (pair.first == name)
            return true;
    }
    return false;
}

/*!
 * Canonicalizes `body` (RFC 6376 §3.4.3/§3.4.4) and hashes the first `limit` bytes of the result
 * (all of it when limit < 0). Streams line by line: trailing empty lines are only counted, and
 * written out when a non-empty line follows, so memory stays at one line.
 */
class BodyHasher
{
public:
    BodyHasher(QCryptographicHash::Algorithm algorithm, bool relaxed, qint64 limit) : m_hash(algorithm), m_relaxed(relaxed), m_limit(limit)
    {
    }

    void run(QByteArrayView body)
    {
        qsizetype pos = 0;
        while (pos < body.size()) {
            qsizetype end = body.indexOf('\n', pos);
            const bool terminated = end >= 0;
            if (!terminated)
                end = body.size();
            QByteArrayView line = body.mid(pos, end - pos);
            if (terminated && line.endsWith('\r'))
                line.chop(1);
            addLine(line);
            pos = end + 1;
        }
        if (!m_relaxed && m_length == 0)
            output("\r\n"); // simple: an empty body is one CRLF
    }

    qint64 length() const { return m_length; }
    QByteArray result() const { return m_hash.result(); }

private:
    void addLine(QByteArrayView line)
    {
        if (m_relaxed) {
            m_line.clear();
            bool space = false;
            for (char c : line) {
                if (c == ' ' || c == '\t') {
                    space = true;
                    continue;
                }
                if (space && !m_line.isEmpty())
                    m_line += ' ';
                space = false;
                m_line += c;
            }
            // A line starting with whitespace keeps one space in front (only the run is reduced).
            if (!m_line.isEmpty() && !line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
                m_line.prepend(' ');
            line = m_line;
        }
        if (line.isEmpty()) {
            ++m_pendingEmpty;
            return;
        }
        for (; m_pendingEmpty > 0; --m_pendingEmpty)
            output("\r\n");
        output(line);
        output("\r\n");
    }

    void output(QByteArrayView bytes)
    {
        if (m_limit < 0 || m_length < m_limit) {
            const qint64 room = m_limit < 0 ? bytes.size() : std::min<qint64>(bytes.size(), m_limit - m_length);
            m_hash.addData(bytes.first(room));
        }
        m_length += bytes.size();
    }

    QCryptographicHash m_hash;
    bool m_relaxed;
    qint64 m_limit;
    qint64 m_length = 0;
    qint64 m_pendingEmpty = 0;
    QByteArray m_line;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("DkimBodyHash", text);
}

DkimBodyHashCheck check(const QByteArray &value, QByteArrayView body)
{
    const auto tags = readTags(value);
    DkimBodyHashCheck result;
    result.scope = tr("body hash verified offline; signature not verified (no DNS)");
    result.domain = QString::fromUtf8(tag(tags, "d"));
    result.selector = QString::fromUtf8(tag(tags, "s"));
    result.algorithm = QString::fromLatin1(tag(tags, "a")).toLower();
    result.expectedHash = tag(tags, "bh");
    const QByteArray c = tag(tags, "c").toLower();
    result.canonicalization = c.isEmpty() ? QStringLiteral("simple/simple") : QString::fromLatin1(c);
    // "c=relaxed" alone names the header canonicalization; the body's is then "simple".
    const qsizetype slash = c.indexOf('/');
    result.bodyCanonicalization = slash < 0 ? QStringLiteral("simple") : QString::fromLatin1(c.mid(slash + 1));

    QCryptographicHash::Algorithm algorithm;
    if (result.algorithm == QLatin1String("rsa-sha256") || result.algorithm == QLatin1String("ed25519-sha256")) {
        algorithm = QCryptographicHash::Sha256;
    } else if (result.algorithm == QLatin1String("rsa-sha1")) {
        algorithm = QCryptographicHash::Sha1;
    } else {
        result.reason = result.algorithm.isEmpty() ? tr("no a= tag") : tr("unknown algorithm %1").arg(result.algorithm);
        return result;
    }
    if (result.bodyCanonicalization != QLatin1String("simple") && result.bodyCanonicalization != QLatin1String("relaxed")) {
        result.reason = tr("unknown body canonicalization %1").arg(result.bodyCanonicalization);
        return result;
    }
    if (hasTag(tags, "l")) {
        bool ok = false;
        result.lengthLimit = tag(tags, "l").toLongLong(&ok);
        if (!ok || result.lengthLimit < 0) {
            result.lengthLimit = -1;
            result.reason = tr("l= is not a length");
            return result;
        }
    }
    const auto expected = QByteArray::fromBase64Encoding(result.expectedHash, QByteArray::AbortOnBase64DecodingErrors);
    if (result.expectedHash.isEmpty() || !expected) {
        result.reason = result.expectedHash.isEmpty() ? tr("no bh= tag") : tr("bh= is not base64");
        return result;
    }

    BodyHasher hasher(algorithm, result.bodyCanonicalization == QLatin1String("relaxed"), result.lengthLimit);
    hasher.run(body);
    const QByteArray digest = hasher.result();
    result.canonicalBodyLength = hasher.length();
    result.computedHash = digest.toBase64();
    result.verdict = digest == *expected ? DkimBodyHashCheck::Verdict::Matches : DkimBodyHashCheck::Verdict::DoesNotMatch;
    if (result.lengthLimit > result.canonicalBodyLength)
        result.reason = tr("l=%1 is longer than the canonical body (%2 bytes)").arg(result.lengthLimit).arg(result.canonicalBodyLength);
    else if (result.lengthLimit >= 0 && result.lengthLimit < result.canonicalBodyLength)
        result.reason = tr("only the first %1 of %2 body bytes are signed: the rest may have been added")
                            .arg(result.lengthLimit)
                            .arg(result.canonicalBodyLength);
    return result;
}

} // namespace

QString dkimVerdictName(DkimBodyHashCheck::Verdict verdict)
{
    switch (verdict) {
    case DkimBodyHashCheck::Verdict::Matches:
        return QStringLiteral("matches");
    case DkimBodyHashCheck::Verdict::DoesNotMatch:
        return QStringLiteral("does not match");
    case DkimBodyHashCheck::Verdict::NotCheckable:
        return QStringLiteral("not checkable");
    }
    return {};
}

QList<DkimBodyHashCheck> checkDkimBodyHashes(const QByteArray &raw)
{
    const qsizetype start = bodyStart(raw);
    const QByteArrayView body = QByteArrayView(raw).mid(start);
    QList<DkimBodyHashCheck> checks;
    int index = 0;
    for (const QByteArray &value : signatureValues(QByteArrayView(raw).first(start))) {
        DkimBodyHashCheck result = check(value, body);
        result.signatureIndex = index++;
        checks.append(std::move(result));
    }
    return checks;
}

} // namespace shoal
