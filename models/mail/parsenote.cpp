#include "mail/parsenote.h"

namespace shoal {

void ParseNotes::add(ParseNote::Severity severity, const QString &code, const QString &text)
{
    ParseNote note { severity, code, text };
    if (m_notes.contains(note))
        return;
    // A hostile message can provoke the same kind of repair thousands of times: keep the first
    // ones and one line saying the rest were left out.
    if (m_notes.size() == kMaxNotes)
        note = ParseNote { ParseNote::Severity::Warning, QStringLiteral("notes-truncated"),
            QStringLiteral("more parse notes were left out") };
    if (m_notes.size() <= kMaxNotes)
        m_notes.append(note);
}

QString severityName(ParseNote::Severity severity)
{
    switch (severity) {
    case ParseNote::Severity::Info:
        return QStringLiteral("info");
    case ParseNote::Severity::Warning:
        return QStringLiteral("warning");
    case ParseNote::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

ParseNote::Severity severityFromName(const QString &name)
{
    if (name == QLatin1String("error"))
        return ParseNote::Severity::Error;
    return name == QLatin1String("warning") ? ParseNote::Severity::Warning : ParseNote::Severity::Info;
}

} // namespace shoal
