// Shortens TOML text before toml++ reads it: see ctoml_parse_omitting in ctoml_shim.h.
#include "omit.h"
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool in_list(const char *name, size_t len, const std::vector<std::string_view> &list) {
    for (const auto &item : list)
        if (item.size() == len && std::memcmp(item.data(), name, len) == 0) return true;
    return false;
}

/* A table header line: `[name]` or `[[name]]` with a dotted key name, then only blanks or a
 * comment (so `[` opening a multi-line array, or `[1, 2],` inside one, is not a header). */
bool is_header(const char *p, const char *end) {
    int open = 0;
    while (p < end && *p == '[' && open < 2) { p++; open++; }
    while (p < end && is_blank(*p)) p++;
    const char *name = p;
    while (p < end && (is_alnum(*p) || *p == '_' || *p == '-' || *p == '.' || *p == '"' || *p == '\'' || is_blank(*p))) p++;
    if (p == name) return false;
    for (int i = 0; i < open; i++) {
        if (p >= end || *p != ']') return false;
        p++;
    }
    while (p < end && is_blank(*p)) p++;
    return p == end || *p == '\n' || *p == '\r' || *p == '#';
}

/* A bare key (letters, digits, `_`, `-`) then blanks, from `t` to the `=` at `eq`. */
bool is_bare_key(const char *t, const char *eq) {
    const char *k = eq;
    while (k > t && is_blank(k[-1])) k--;
    if (k == t) return false;
    for (const char *c = t; c < k; c++)
        if (!(is_alnum(*c) || *c == '_' || *c == '-')) return false;
    return true;
}

/* Records a left-out key of the current table; false when it was left out before. */
bool note_omitted_key(const char *name, size_t len, std::vector<std::string> &seen) {
    std::string key(name, len);
    for (const auto &s : seen) if (s == key) return false;
    seen.push_back(key);
    return true;
}

/* Finds the end of a multi-line string body starting at `p`: the offset of its closing
 * delimiter (three quotes, plus up to two quotes that belong to the content), or null. */
const char *closing(const char *p, const char *end, char quote) {
    const char *body = p;
    while (p + 3 <= end) {
        const char *q = static_cast<const char *>(std::memchr(p, quote, size_t(end - p)));
        if (!q || q + 3 > end) return nullptr;
        if (quote == '"') {
            /* A quote after an odd run of backslashes is escaped. */
            size_t slashes = 0;
            while (q - slashes > body && q[-1 - std::ptrdiff_t(slashes)] == '\\') slashes++;
            if (slashes % 2 == 1) { p = q + 1; continue; }
        }
        if (q[1] == quote && q[2] == quote) {
            while (q + 3 < end && q[3] == quote) q++;
            return q;
        }
        p = q + 1;
    }
    return nullptr;
}

/* The length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF), 0 when it is not one. */
size_t utf8_length(const unsigned char *p, const unsigned char *end) {
    unsigned char c = p[0];
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) { n = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) n = 3;
    else if (c == 0xED) { n = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) n = 3;
    else if (c == 0xF0) { n = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else if (c == 0xF4) { n = 4; hi = 0x8F; }
    else return 0;
    if (size_t(end - p) < n) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < n; i++)
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return n;
}

/* How many bytes after a backslash (at `p`) belong to a valid escape of a basic string,
 * -1 when it is not one. A multi-line string may also end a line with a backslash (the
 * blanks before the line break belong to it). */
std::ptrdiff_t escape_length(const char *p, const char *end, bool multi_line) {
    if (p >= end) return -1;
    switch (*p) {
    case 'b': case 't': case 'n': case 'f': case 'r': case '"': case '\\': return 1;
    case 'u': case 'U': {
        std::ptrdiff_t digits = *p == 'u' ? 4 : 8;
        if (end - p <= digits) return -1;
        for (std::ptrdiff_t i = 1; i <= digits; i++) {
            char h = p[i];
            if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) return -1;
        }
        return digits + 1;
    }
    default: {
        if (!multi_line) return -1;
        /* Line-ending backslash: blanks, then a line break. */
        const char *q = p;
        while (q < end && is_blank(*q)) q++;
        if (q < end && (*q == '\n' || (*q == '\r' && q + 1 < end && q[1] == '\n'))) return q - p;
        return -1;
    }
    }
}

/* Whether [b, e), the body of a string delimited by `quote`, is one toml++ reads without an
 * error: well-formed UTF-8, no control character but tab (and line breaks, CR only before
 * LF, in multi-line strings), and in basic strings only valid escapes. */
bool valid_body(const char *b, const char *e, char quote, bool multi_line) {
    const unsigned char *p = reinterpret_cast<const unsigned char *>(b);
    const unsigned char *end = reinterpret_cast<const unsigned char *>(e);
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (p < end) {
        /* Eight plain printable ASCII bytes at a time: none at or over 0x7F, none under
         * 0x20, no backslash in a basic string. Anything else goes byte by byte below. */
        while (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            uint64_t under = (w - ones * 0x20) & ~w & highs;
            uint64_t del = ((w ^ (ones * 0x7F)) - ones) & ~(w ^ (ones * 0x7F)) & highs;
            uint64_t slash = quote == '"' ? (((w ^ (ones * '\\')) - ones) & ~(w ^ (ones * '\\')) & highs) : 0;
            if ((w & highs) | under | del | slash) break;
            p += 8;
        }
        if (p >= end) break;
        unsigned char c = *p;
        if (c == '\\' && quote == '"') {
            std::ptrdiff_t n = escape_length(reinterpret_cast<const char *>(p + 1), e, multi_line);
            if (n < 0) return false;
            p += n + 1;
            continue;
        }
        if (c == '\t' || (multi_line && c == '\n')) { p++; continue; }
        if (c == '\r') {
            if (!multi_line || p + 1 >= end || p[1] != '\n') return false;
            p += 2;
            continue;
        }
        if (c < 0x20 || c == 0x7F) return false;
        size_t n = utf8_length(p, end);
        if (n == 0) return false;
        p += n;
    }
    return true;
}

/* The end of a string starting at `p`, just past its closing delimiter, when toml++ reads
 * it without an error; null otherwise. Multi-line strings (three quotes) are taken too. */
const char *valid_string_end(const char *p, const char *end) {
    char quote = *p;
    if (quote != '"' && quote != '\'') return nullptr;
    bool multi = p + 2 < end && p[1] == quote && p[2] == quote;
    if (multi) {
        const char *close = closing(p + 3, end, quote);
        return close && valid_body(p + 3, close, quote, true) ? close + 3 : nullptr;
    }
    for (const char *q = p + 1; q < end; q++) {
        if (*q == '\n') return nullptr;
        if (quote == '"' && *q == '\\') { q++; continue; }
        if (*q == quote) return valid_body(p + 1, q, quote, false) ? q + 1 : nullptr;
    }
    return nullptr;
}

/* Skips blanks, line breaks and comments inside an array; null at a character TOML does
 * not allow there (a control character in a comment, a carriage return alone). */
const char *skip_array_space(const char *p, const char *end) {
    while (p < end) {
        if (is_blank(*p) || *p == '\n') {
            p++;
        } else if (*p == '\r') {
            if (p + 1 >= end || p[1] != '\n') return nullptr;
            p += 2;
        } else if (*p == '#') {
            const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = eol ? eol : end;
            if (stop > p && stop[-1] == '\r') stop--;
            if (!valid_body(p + 1, stop, '#', false)) return nullptr;
            p = stop;
        } else {
            break;
        }
    }
    return p;
}

/* The end of a value that is a string or an array of strings (over any number of lines,
 * one comma between items, one trailing comma allowed), just past it, when toml++ reads it
 * without an error; null for anything else. */
const char *simple_value_end(const char *v, const char *end) {
    if (v >= end) return nullptr;
    if (*v != '[') return valid_string_end(v, end);
    const char *p = skip_array_space(v + 1, end);
    while (p && p < end) {
        if (*p == ']') return p + 1;
        p = valid_string_end(p, end);
        if (!p) return nullptr;
        p = skip_array_space(p, end);
        if (!p || p >= end) return nullptr;
        if (*p == ']') return p + 1;
        if (*p != ',') return nullptr;
        p = skip_array_space(p + 1, end);
    }
    return nullptr;
}

/* The first three quotes in a row in [p, end), null when none. */
const char *first_triple_quote(const char *p, const char *end) {
    const char *best = nullptr;
    for (char quote : {'"', '\''}) {
        const char *q = p;
        while (q + 3 <= end && (q = static_cast<const char *>(std::memchr(q, quote, size_t(end - q))))) {
            if (q + 3 > end) break;
            if (q[1] == quote && q[2] == quote) {
                if (!best || q < best) best = q;
                break;
            }
            q++;
        }
    }
    return best;
}

/* Just past the array or inline table opening at `v` (nested ones, strings of every kind
 * and comments followed), null when it does not close. Strings are not checked here:
 * the value is copied as written and toml++ reads it. */
const char *bracketed_end(const char *v, const char *end) {
    int depth = 0;
    const char *p = v;
    while (p < end) {
        char c = *p;
        if (c == '[' || c == '{') {
            depth++;
            p++;
        } else if (c == ']' || c == '}') {
            depth--;
            p++;
            if (depth == 0) return p;
        } else if (c == '#') {
            const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!eol) return nullptr;
            p = eol;
        } else if (c == '"' || c == '\'') {
            if (p + 2 < end && p[1] == c && p[2] == c) {
                const char *close = closing(p + 3, end, c);
                if (!close) return nullptr;
                p = close + 3;
            } else {
                const char *q = p + 1;
                while (q < end && *q != c && *q != '\n') q += (c == '"' && *q == '\\') ? 2 : 1;
                if (q >= end || *q != c) return nullptr;
                p = q + 1;
            }
        } else {
            p++;
        }
    }
    return nullptr;
}

/* Appends one newline per newline of [p, end). */
void append_newlines(const char *p, const char *end, std::string &out) {
    size_t n = 0;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) { n++; p++; }
    out.append(n, '\n');
}

/* The line's end (just past its line feed) of the line holding `p`. */
const char *line_end_from(const char *p, const char *end) {
    const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    return eol ? eol + 1 : end;
}

} // namespace

bool ctoml_omit(const char *src, size_t len, const char *const *keys, size_t key_count, std::string &out) {
    const char *p = src;
    const char *end = src + len;
    out.clear();
    out.reserve(len);
    bool omitted_any = false;
    /* Keys left out under the current table header: one seen twice is a TOML error that
     * only the full text can report. */
    std::vector<std::string> omitted_here;
    std::vector<std::string_view> key_list(keys, keys + key_count);
    while (p < end) {
        const char *line_end = line_end_from(p, end);
        const char *t = p;
        while (t < line_end && is_blank(*t)) t++;
        if (t < line_end && *t == '[' && is_header(t, line_end)) {
            omitted_here.clear();
            out.append(p, size_t(line_end - p));
            p = line_end;
            continue;
        }
        const char *eq = static_cast<const char *>(std::memchr(t, '=', size_t(line_end - t)));
        const char *v = eq ? eq + 1 : line_end;
        while (v < line_end && is_blank(*v)) v++;
        bool unread = eq && is_bare_key(t, eq);
        const char *k = eq;
        while (unread && k > t && is_blank(k[-1])) k--;
        unread = unread && in_list(t, size_t(k - t), key_list);
        bool multi = eq && v + 3 <= line_end && (v[0] == '"' || v[0] == '\'') && v[1] == v[0] && v[2] == v[0];
        if (unread && multi) {
            /* A multi-line string of an unread key: the key stays with an empty body (its
             * line breaks kept), when the body reads without an error. */
            const char *close = closing(v + 3, end, v[0]);
            if (!close) return false; /* unterminated: let toml++ report it on the original */
            const char *after = close + 3;
            const char *rest_end = line_end_from(after, end);
            if (valid_body(v + 3, close, v[0], true)) {
                out.append(p, size_t(v + 3 - p));
                append_newlines(v + 3, close, out);
                out.append(close, size_t(rest_end - close));
                omitted_any = true;
            } else {
                out.append(p, size_t(rest_end - p));
            }
            p = rest_end;
            continue;
        }
        if (unread) {
            /* A one-line string or an array of strings of an unread key: the key goes, its
             * lines stay as empty lines. Anything after the value but a comment keeps it. */
            const char *r = simple_value_end(v, end);
            while (r && r < end && is_blank(*r)) r++;
            if (r && (r == end || *r == '\n' || (*r == '\r' && r + 1 < end && r[1] == '\n') || *r == '#')) {
                const char *rest_end = line_end_from(r, end);
                const char *stop = rest_end > r && rest_end[-1] == '\n' ? rest_end - 1 : rest_end;
                if (stop > r && stop[-1] == '\r') stop--;
                if (*r == '#' && !valid_body(r + 1, stop, '#', false)) return false;
                if (!note_omitted_key(t, size_t(k - t), omitted_here)) return false;
                append_newlines(p, rest_end, out);
                omitted_any = true;
                p = rest_end;
                continue;
            }
        }
        /* Any other line is copied. An array or inline table that a kept key's value opens
         * is copied whole up to its end, and so is a multi-line string, so no line inside
         * them is taken for a key. */
        if (eq && v < line_end && (*v == '[' || *v == '{')) {
            const char *close = bracketed_end(v, end);
            if (!close) return false;
            if (close > line_end) line_end = line_end_from(close - 1, end);
        }
        const char *scan = t;
        while (const char *q = first_triple_quote(scan, line_end)) {
            const char *close = closing(q + 3, end, *q);
            if (!close) return false;
            scan = close + 3;
            line_end = line_end_from(scan, end);
        }
        out.append(p, size_t(line_end - p));
        p = line_end;
    }
    return omitted_any;
}
