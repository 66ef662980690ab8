#include "mail/mimerepair.h"

#include <QString>

#include <algorithm>
#include <string_view>

namespace shoal::mime {

namespace {

// Enough for any real message; a hostile one declaring more keeps vmime's reading of the rest.
constexpr size_t kMaxBoundaries = 64;
constexpr size_t kMaxBoundaryLength = 200;
constexpr int kMaxHeaderLines = 500;
// bchars of RFC 2046 that are safe unquoted too; tried in order.
constexpr std::string_view kReplacements = "_.+0123456789abcdefghijklmnopqrstuvwxyz";

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

size_t findWord(std::string_view text, std::string_view word, size_t from)
{
    const auto it
        = std::search(text.begin() + qsizetype(from), text.end(), word.begin(), word.end(), [](char a, char b) { return lower(a) == b; });
    return it == text.end() ? std::string::npos : size_t(it - text.begin());
}

// The value of every "boundary=" parameter, without duplicates. A loose scan: a "boundary=" in a
// body adds a name that is merely never used as a delimiter.
std::vector<std::string> declaredBoundaries(std::string_view buffer)
{
    std::vector<std::string> out;
    for (size_t at = findWord(buffer, "boundary", 0); at != std::string::npos && out.size() < kMaxBoundaries;
        at = findWord(buffer, "boundary", at + 1)) {
        size_t pos = at + 8;
        while (pos < buffer.size() && isBlank(buffer[pos]))
            ++pos;
        if (pos >= buffer.size() || buffer[pos] != '=')
            continue;
        ++pos;
        while (pos < buffer.size() && isBlank(buffer[pos]))
            ++pos;
        std::string value;
        if (pos < buffer.size() && buffer[pos] == '"') {
            const size_t close = buffer.find('"', pos + 1);
            if (close == std::string::npos)
                continue;
            value = buffer.substr(pos + 1, close - pos - 1);
        } else {
            size_t end = pos;
            while (end < buffer.size() && std::string_view("; \t\r\n").find(buffer[end]) == std::string_view::npos)
                ++end;
            value = buffer.substr(pos, end - pos);
        }
        if (value.empty() || value.size() > kMaxBoundaryLength || value.find_first_of("\r\n") != std::string::npos)
            continue;
        if (std::find(out.begin(), out.end(), value) == out.end())
            out.push_back(std::move(value));
    }
    return out;
}

// Renames, in `names`, each boundary that extends another by '-' until none does.
void separatePrefixes(std::vector<std::string> &names)
{
    const auto taken = [&](const std::string &prefix) {
        return std::any_of(names.begin(), names.end(), [&](const std::string &name) { return name.starts_with(prefix); });
    };
    for (size_t round = 0; round <= names.size(); ++round) {
        bool changed = false;
        for (size_t i = 0; i < names.size(); ++i) {
            for (size_t j = 0; j < names.size(); ++j) {
                const std::string &shorter = names[i];
                std::string &longer = names[j];
                if (i == j || longer.size() <= shorter.size() || longer[shorter.size()] != '-' || !longer.starts_with(shorter))
                    continue;
                for (char c : kReplacements) {
                    if (!taken(shorter + c)) {
                        longer[shorter.size()] = c;
                        changed = true;
                        break;
                    }
                }
            }
        }
        if (!changed)
            return;
    }
}

// A field ("Name:" or "Name :") or a fold; Python's feedparser draws the same line.
bool isHeaderLine(std::string_view line)
{
    if (isBlank(line.front()))
        return true;
    size_t i = 0;
    while (i < line.size() && line[i] > ' ' && line[i] < 127 && line[i] != ':')
        ++i;
    if (i == 0)
        return false;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    return i < line.size() && line[i] == ':';
}

class Repairer
{
public:
    Repairer(const std::string &in, ParseNotes &notes) : m_in(in), m_notes(notes) { m_out.text = in; }

    VmimeCopy run()
    {
        const std::vector<std::string> declared = declaredBoundaries(m_in);
        std::vector<std::string> renamed = declared;
        separatePrefixes(renamed);
        for (size_t i = 0; i < declared.size(); ++i) {
            for (size_t at = m_in.find(declared[i]); at != std::string::npos; at = m_in.find(declared[i], at + 1))
                repairUse(at, declared[i], renamed[i]);
        }
        std::sort(m_out.movedBodyStarts.begin(), m_out.movedBodyStarts.end());
        return std::move(m_out);
    }

private:
    void note(bool &once, const char *code, const QString &text)
    {
        if (!once)
            m_notes.info(QString::fromLatin1(code), text);
        once = true;
    }

    void repairUse(size_t at, const std::string &name, const std::string &renamed)
    {
        const size_t end = at + name.size();
        if (isDeclaration(at)) {
            if (renamed != name) {
                m_out.text.replace(at, name.size(), renamed);
                note(m_renamedNoted, "boundary-prefix",
                    QStringLiteral("a boundary extends another; its delimiter lines were kept apart from the shorter one's"));
            }
            return;
        }
        if (!startsDelimiterLine(at))
            return;
        if (m_in.compare(end, 2, "--") == 0) { // the close delimiter: vmime reads any padding after it
            m_out.text.replace(at, name.size(), renamed);
            return;
        }
        size_t padEnd = end;
        while (padEnd < m_in.size() && isBlank(m_in[padEnd]))
            ++padEnd;
        if (padEnd < m_in.size() && !isLineEnd(m_in[padEnd]))
            return; // "--X-5", "--Xyz", "--X text": not a delimiter of X
        m_out.text.replace(at, padEnd - at, std::string(padEnd - end, ' ') + renamed);
        if (padEnd > end)
            note(m_paddingNoted, "delimiter-padding", QStringLiteral("a boundary delimiter line ends in spaces (transport padding)"));
        endPartHeader(m_in.compare(padEnd, 2, "\r\n") == 0 ? padEnd + 2 : padEnd + 1);
    }

    bool startsDelimiterLine(size_t at) const
    {
        return at >= 2 && m_in.compare(at - 2, 2, "--") == 0 && (at == 2 || isLineEnd(m_in[at - 3]));
    }

    bool isDeclaration(size_t at) const
    {
        size_t before = at;
        if (before > 0 && m_in[before - 1] == '"')
            --before;
        while (before > 0 && isBlank(m_in[before - 1]))
            --before;
        if (before == 0 || m_in[before - 1] != '=')
            return false;
        --before;
        while (before > 0 && isBlank(m_in[before - 1]))
            --before;
        return before >= 8 && findWord(std::string_view(m_in).substr(before - 8, 8), "boundary", 0) == 0;
    }

    // The part header starting at `start` ends at its blank line, or, failing that, before the
    // first line that is neither a field nor a fold.
    void endPartHeader(size_t start)
    {
        size_t pos = start;
        for (int n = 0; n < kMaxHeaderLines && pos < m_in.size(); ++n) {
            size_t end = m_in.find('\n', pos);
            const size_t next = end == std::string::npos ? m_in.size() : end + 1;
            end = end == std::string::npos ? m_in.size() : end;
            if (end > pos && m_in[end - 1] == '\r')
                --end;
            const std::string_view line(m_in.data() + pos, end - pos);
            if (line.empty())
                return;
            if (isHeaderLine(line)) {
                pos = next;
                continue;
            }
            if (line.starts_with("--")) {
                // Maybe the next delimiter: keep the line, end the header with the CR before it.
                if (pos >= 2 && m_in[pos - 2] == '\r' && m_in[pos - 1] == '\n')
                    m_out.text[pos - 2] = '\n';
                else
                    return;
            } else {
                m_out.text[pos] = '\n';
                m_out.movedBodyStarts.push_back(pos);
            }
            note(m_headerNoted, "part-header-unterminated", QStringLiteral("a part header runs into its body without a blank line"));
            return;
        }
    }

    const std::string &m_in;
    ParseNotes &m_notes;
    VmimeCopy m_out;
    bool m_renamedNoted = false;
    bool m_paddingNoted = false;
    bool m_headerNoted = false;
};

} // namespace

size_t VmimeCopy::bodyOffset(size_t vmimeOffset) const
{
    const bool moved = vmimeOffset > 0 && std::binary_search(movedBodyStarts.begin(), movedBodyStarts.end(), vmimeOffset - 1);
    return moved ? vmimeOffset - 1 : vmimeOffset;
}

size_t VmimeCopy::unclosedPartStart(const std::string &boundary, size_t from, size_t end, bool afterKeptPart) const
{
    end = std::min(end, text.size());
    const auto at = [&](size_t pos, std::string_view what) { return pos <= text.size() && text.compare(pos, what.size(), what) == 0; };
    const auto skipBlanks = [&](size_t pos) {
        while (pos < end && isBlank(text[pos]))
            ++pos;
        return pos;
    };
    size_t line = from;
    if (afterKeptPart) // the kept part ends before the line end that belongs to the delimiter
        line += at(line, "\r\n") ? 2 : at(line, "\n") ? 1 : 0;
    while (!boundary.empty() && line < end) {
        // "--", padding that the repair moved before the boundary, the boundary, padding.
        size_t pos = skipBlanks(line + 2);
        const bool isDelimiter = at(line, "--") && at(pos, boundary);
        if (isDelimiter && at(pos + boundary.size(), "--"))
            return std::string::npos; // closed after all
        pos = skipBlanks(pos + boundary.size());
        if (isDelimiter && (pos >= end || isLineEnd(text[pos]))) {
            pos += at(pos, "\r\n") ? 2 : 1;
            return pos < end ? pos : std::string::npos;
        }
        const size_t lineEnd = text.find('\n', line);
        if (afterKeptPart || lineEnd == std::string::npos)
            return std::string::npos; // after a kept part only the line right there counts
        line = lineEnd + 1;
    }
    return std::string::npos;
}

VmimeCopy repairForVmime(const std::string &buffer, ParseNotes &notes)
{
    return Repairer(buffer, notes).run();
}

} // namespace shoal::mime
