#include "mail/addresslist.h"

#include "mail/headerdecoding.h"

namespace shoal::mime {

namespace {

// The pieces of one mailbox as the scanner meets them.
struct MailboxParts {
    QByteArray phrase; ///< display-name text, raw (quotes removed, encoded words kept)
    QByteArray angle; ///< the content of <...>
    QByteArray comment; ///< the last comment's text, for "address (Name)"
    bool sawAngle = false;
    bool sawBareAt = false; ///< an '@' outside quotes and comments

    bool isEmpty() const { return phrase.trimmed().isEmpty() && !sawAngle; }
};

class AddressScanner
{
public:
    AddressScanner(QByteArrayView raw, ParseNotes &notes, const QString &where) : m_raw(raw), m_notes(notes), m_where(where) { }

    QList<MailAddress> run()
    {
        while (m_pos < m_raw.size()) {
            const char c = m_raw[m_pos];
            if (c == '"')
                quoted();
            else if (c == '(')
                comment();
            else if (c == '<')
                angle();
            else if (c == ',' || c == ';') {
                finish();
                ++m_pos;
            } else if (c == ':' && !m_current.sawAngle && !m_current.phrase.contains('@')) {
                // A group's name: its members follow as ordinary mailboxes.
                m_current = {};
                ++m_pos;
            } else {
                m_current.sawBareAt = m_current.sawBareAt || c == '@';
                m_current.phrase.append(c);
                ++m_pos;
            }
        }
        finish();
        return std::move(m_result);
    }

private:
    void quoted()
    {
        ++m_pos;
        while (m_pos < m_raw.size() && m_raw[m_pos] != '"') {
            if (m_raw[m_pos] == '\\' && m_pos + 1 < m_raw.size())
                ++m_pos;
            m_current.phrase.append(m_raw[m_pos++]);
        }
        if (m_pos >= m_raw.size())
            m_notes.warning(QStringLiteral("address-unbalanced"), QStringLiteral("%1: a quoted display name is not closed").arg(m_where));
        ++m_pos;
    }

    void comment()
    {
        int depth = 0;
        QByteArray text;
        for (; m_pos < m_raw.size(); ++m_pos) {
            const char c = m_raw[m_pos];
            if (c == '\\' && m_pos + 1 < m_raw.size()) {
                text.append(m_raw[++m_pos]);
                continue;
            }
            if (c == '(' && depth++ == 0)
                continue;
            if (c == ')' && --depth == 0) {
                ++m_pos;
                break;
            }
            text.append(c);
        }
        m_current.comment = text.trimmed();
    }

    void angle()
    {
        const qsizetype close = m_raw.sliced(m_pos).indexOf('>');
        if (close < 0) {
            m_notes.warning(QStringLiteral("address-unbalanced"), QStringLiteral("%1: an angle bracket is not closed").arg(m_where));
            m_current.angle = m_raw.sliced(m_pos + 1).toByteArray();
            m_pos = m_raw.size();
        } else {
            m_current.angle = m_raw.sliced(m_pos + 1, close - 1).toByteArray();
            m_pos += close + 1;
        }
        m_current.sawAngle = true;
    }

    void finish()
    {
        if (m_current.isEmpty()) {
            m_current = {};
            return;
        }
        MailAddress address;
        if (m_current.sawAngle) {
            QByteArray spec = m_current.angle.trimmed();
            // Obsolete source route: "<@relay1,@relay2:user@example.com>".
            if (spec.startsWith('@') && spec.contains(':'))
                spec = spec.mid(spec.indexOf(':') + 1);
            address.address = QString::fromUtf8(withoutFoldingSpace(spec.trimmed()));
            address.name = decodeHeaderText(m_current.phrase, m_notes, m_where);
        } else if (isDisplayNameOnly()) {
            // "Microsoft account team ,_<no-reply@example.com>": a stray comma cuts a display
            // name off its address.
            address.name = decodeHeaderText(m_current.phrase, m_notes, m_where);
            m_notes.warning(
                QStringLiteral("address-name-only"), QStringLiteral("%1: \"%2\" has no address").arg(m_where, address.name.left(60)));
        } else {
            address.address = QString::fromUtf8(m_current.phrase.simplified()).remove(QLatin1Char(' '));
            if (!m_current.comment.isEmpty())
                address.name = decodeHeaderText(m_current.comment, m_notes, m_where);
        }
        m_result.append(address);
        m_current = {};
    }

    // A mailbox without angle brackets is an address only when it has an '@' outside quotes:
    // "From: Congratulations" and `"a@bank.example", <x@evil.example>` start with a display name
    // alone (a decoy, or a name cut off its address by a stray comma).
    bool isDisplayNameOnly() const { return !m_current.sawBareAt; }

    // RFC 5322 obsolete syntax allows folding white space around the '@' and the dots of an
    // addr-spec ("user @ example. com"); other spaces are kept, as written.
    static QByteArray withoutFoldingSpace(const QByteArray &spec)
    {
        QByteArray out;
        bool inQuote = false;
        for (qsizetype i = 0; i < spec.size(); ++i) {
            const char c = spec[i];
            if (c == '"')
                inQuote = !inQuote;
            if (!inQuote && (c == ' ' || c == '\t')) {
                qsizetype next = i;
                while (next < spec.size() && (spec[next] == ' ' || spec[next] == '\t'))
                    ++next;
                const char before = out.isEmpty() ? '@' : out.back();
                const char after = next < spec.size() ? spec[next] : '@';
                if (before == '@' || before == '.' || after == '@' || after == '.') {
                    i = next - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out;
    }

    QByteArrayView m_raw;
    ParseNotes &m_notes;
    const QString &m_where;
    qsizetype m_pos = 0;
    MailboxParts m_current;
    QList<MailAddress> m_result;
};

} // namespace

QList<MailAddress> parseAddressList(QByteArrayView raw, ParseNotes &notes, const QString &where)
{
    return AddressScanner(raw, notes, where).run();
}

QString stripAngles(QByteArrayView raw)
{
    QByteArrayView view = raw.trimmed();
    const qsizetype open = view.indexOf('<');
    if (open >= 0) {
        const qsizetype close = view.indexOf('>', open);
        view = close > open ? view.sliced(open + 1, close - open - 1) : view.sliced(open + 1);
    }
    return QString::fromUtf8(view.trimmed());
}

} // namespace shoal::mime
