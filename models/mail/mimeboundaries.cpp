#include "mail/mimeboundaries.h"

#include <QString>

#include <algorithm>
#include <string_view>
#include <vector>

namespace shoal::mime {

namespace {

// Enough for any real message; a hostile one declaring more keeps vmime's reading.
constexpr size_t kMaxBoundaries = 64;
constexpr size_t kMaxBoundaryLength = 200;
// bchars of RFC 2046 that are safe unquoted too; tried in order.
constexpr std::string_view kReplacements = "_.+0123456789abcdefghijklmnopqrstuvwxyz";

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

size_t findWord(const std::string &buffer, std::string_view word, size_t from)
{
    const auto it = std::search(buffer.begin() + qsizetype(from), buffer.end(), word.begin(), word.end(),
                                [](char a, char b) { return lower(a) == b; });
    return it == buffer.end() ? std::string::npos : size_t(it - buffer.begin());
}

// The value of every "boundary=" parameter in the buffer, without duplicates. A loose scan: a
// "boundary=" in a body adds a name that is merely never used.
std::vector<std::string> declaredBoundaries(const std::string &buffer)
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

bool anyStartsWith(const std::vector<std::string> &names, const std::string &prefix)
{
    return std::any_of(names.begin(), names.end(), [&](const std::string &name) { return name.starts_with(prefix); });
}

// Renames, in `names`, each boundary that extends another by '-' until none does.
bool separate(std::vector<std::string> &names)
{
    bool changedAny = false;
    for (size_t round = 0; round < names.size() + 1; ++round) {
        bool changed = false;
        for (size_t i = 0; i < names.size(); ++i) {
            for (size_t j = 0; j < names.size(); ++j) {
                const std::string &shorter = names[i];
                std::string &longer = names[j];
                if (i == j || longer.size() <= shorter.size() || longer[shorter.size()] != '-' || !longer.starts_with(shorter))
                    continue;
                for (char c : kReplacements) {
                    if (!anyStartsWith(names, shorter + c)) {
                        longer[shorter.size()] = c;
                        changed = changedAny = true;
                        break;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    return changedAny;
}

// Whether `name` at `at` is a delimiter line's boundary ("--name" at a line start, then white
// space, the line end or "--") or the value of a boundary parameter.
bool isUse(const std::string &buffer, size_t at, size_t length)
{
    const size_t end = at + length;
    const char next = end < buffer.size() ? buffer[end] : '\n';
    if (at >= 2 && buffer.compare(at - 2, 2, "--") == 0) {
        size_t before = at - 2;
        while (before > 0 && isBlank(buffer[before - 1]))
            --before;
        const bool lineStart = before == 0 || buffer[before - 1] == '\n' || buffer[before - 1] == '\r';
        if (lineStart && (isBlank(next) || next == '\r' || next == '\n' || buffer.compare(end, 2, "--") == 0))
            return true;
    }
    size_t before = at;
    if (before > 0 && buffer[before - 1] == '"')
        --before;
    while (before > 0 && isBlank(buffer[before - 1]))
        --before;
    if (before == 0 || buffer[before - 1] != '=')
        return false;
    --before;
    while (before > 0 && isBlank(buffer[before - 1]))
        --before;
    return before >= 8 && findWord(buffer.substr(before - 8, 8), "boundary", 0) == 0;
}

} // namespace

std::string separateBoundaryPrefixes(const std::string &buffer, ParseNotes &notes)
{
    const std::vector<std::string> declared = declaredBoundaries(buffer);
    std::vector<std::string> renamed = declared;
    if (declared.size() < 2 || !separate(renamed))
        return buffer;
    std::string out = buffer;
    for (size_t i = 0; i < declared.size(); ++i) {
        const std::string &name = declared[i];
        if (name == renamed[i])
            continue;
        for (size_t at = buffer.find(name); at != std::string::npos; at = buffer.find(name, at + 1)) {
            if (isUse(buffer, at, name.size()))
                out.replace(at, name.size(), renamed[i]);
        }
        notes.info(QStringLiteral("boundary-prefix"),
                   QStringLiteral("boundary \"%1\" extends another boundary; its delimiter lines were kept apart from the shorter one's")
                       .arg(QString::fromLatin1(name.data(), qsizetype(std::min<size_t>(name.size(), 80)))));
    }
    return out;
}

} // namespace shoal::mime
