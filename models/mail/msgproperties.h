#pragma once

#include "mail/message.h"
#include "mail/parsenote.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace shoal::ole {
class CompoundFile;
}

namespace shoal::msg {

/// MAPI property types (MS-OXCDATA 2.11.1) that the .msg reader uses.
enum PropertyType : quint16 {
    PtShort = 0x0002,
    PtLong = 0x0003,
    PtBoolean = 0x000B,
    PtObject = 0x000D,
    PtString8 = 0x001E,
    PtUnicode = 0x001F,
    PtSystime = 0x0040,
    PtBinary = 0x0102,
};

/// The one-off addresses (MS-OXCDATA 2.2.5.1) in a FlatEntryList such as
/// PR_REPLY_RECIPIENT_ENTRIES; entries of other kinds (address-book ids) are skipped.
QList<MailAddress> parseFlatEntryList(QByteArrayView data, QByteArrayView ansiCharset);

/// How much of a compound file the reader may still pull out: a hostile directory can point many
/// streams at the same sectors, so the total is bounded as well as each stream.
struct ReadBudget {
    qint64 perStream = 0;
    qint64 remaining = 0;
};

/*!
 * \brief The MAPI properties of one storage of a .msg (MS-OXMSG 2.4): the message itself, an
 * embedded message, a recipient or an attachment.
 *
 * Fixed-size values come from the "__properties_version1.0" stream; strings and binaries from
 * their "__substg1.0_IIIITTTT" streams, which are looked up even when the property stream does not
 * list them (several writers leave it incomplete). ANSI strings (PT_STRING8) are decoded with the
 * charset set by setAnsiCharset(); every missing stream, bad size or guess becomes a note.
 */
class PropertyBag
{
public:
    enum class Kind { Message, EmbeddedMessage, Child };

    PropertyBag(const ole::CompoundFile &file, int storage, Kind kind, ReadBudget &budget, ParseNotes &notes, QString where);

    /// The charset of PT_STRING8 values; empty means unknown, and such strings get guessed.
    /// `noteWhenUsed` is added to the notes the first time an ANSI string is decoded (to say
    /// the code page was inferred), empty for none.
    void setAnsiCharset(const QByteArray &charset, const QString &noteWhenUsed = {})
    {
        m_ansiCharset = charset;
        m_ansiNote = noteWhenUsed;
    }
    QByteArray ansiCharset() const { return m_ansiCharset; }

    std::optional<qint32> integer(quint16 id) const;
    std::optional<bool> boolean(quint16 id) const;
    QDateTime time(quint16 id) const; ///< UTC; invalid when absent or out of range
    std::optional<QByteArray> binary(quint16 id) const;
    /// PT_UNICODE, else PT_STRING8 decoded with the ANSI charset; trailing NULs removed.
    std::optional<QString> string(quint16 id) const;
    /// The bytes of a PT_STRING8 value, undecoded (for bodies whose charset is known elsewhere).
    std::optional<QByteArray> ansiBytes(quint16 id) const;

    /// The child storage holding a PT_OBJECT value (an embedded message or OLE object); -1.
    int objectStorage(quint16 id) const;

    const ole::CompoundFile &file() const { return m_file; }
    int storage() const { return m_storage; }
    ReadBudget &budget() const { return m_budget; }
    ParseNotes &notes() const { return m_notes; }
    const QString &where() const { return m_where; }

private:
    std::optional<QByteArray> stream(quint16 id, quint16 type) const;
    void readPropertyStream(Kind kind);

    const ole::CompoundFile &m_file;
    int m_storage;
    ReadBudget &m_budget;
    ParseNotes &m_notes;
    QString m_where;
    QByteArray m_ansiCharset;
    QString m_ansiNote;
    QHash<quint32, QByteArray> m_fixed; ///< tag (id << 16 | type) -> the 8 value bytes
    QHash<quint32, quint32> m_declaredSizes; ///< tag -> size the property stream gives
};

} // namespace shoal::msg
