#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace shoal {

/*!
 * \brief A repair or a guess the parser made, kept with the sample and shown to the analyst.
 *
 * `code` is stable and machine-readable (e.g. "charset-guessed"); `text` says what happened in
 * words, naming the part or header concerned.
 */
struct ParseNote {
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Info;
    QString code;
    QString text;

    bool operator==(const ParseNote &) const = default;
};

/// The stable name of a severity ("info", "warning", "error"), as stored and printed, and back.
QString severityName(ParseNote::Severity severity);
ParseNote::Severity severityFromName(const QString &name);

/// Collects notes without repeating the same one (a broken charset in 500 headers is one note).
class ParseNotes
{
public:
    void add(ParseNote::Severity severity, const QString &code, const QString &text);
    void info(const QString &code, const QString &text) { add(ParseNote::Severity::Info, code, text); }
    void warning(const QString &code, const QString &text) { add(ParseNote::Severity::Warning, code, text); }
    void error(const QString &code, const QString &text) { add(ParseNote::Severity::Error, code, text); }

    const QList<ParseNote> &notes() const { return m_notes; }
    QList<ParseNote> take() { return std::exchange(m_notes, {}); }

private:
    static constexpr int kMaxNotes = 100;
    QList<ParseNote> m_notes;
};

} // namespace shoal
