// Shortens TOML text before toml++ reads it: see ctoml_parse_omitting in ctoml_shim.h.
#include "omit.h"
#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool in_list(const char *name, size_t len, const std::vector<std::string_view> &list) {
    for (const auto &item : list)
        if (item.size() == len && std::memcmp(item.data(), name, len) == 0) return true;
    return false;
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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

/* `[name]` or `[[name]]` names one of `tables` or a sub-table of one. */
bool header_is_omitted(const char *p, const char *end, const char *const *tables, size_t count) {
    while (p < end && (*p == '[' || is_blank(*p))) p++;
    const char *q = p;
    while (q < end && *q != ']' && *q != '\n') q++;
    while (q > p && is_blank(q[-1])) q--;
    for (size_t i = 0; i < count; i++) {
        size_t n = std::strlen(tables[i]);
        if (size_t(q - p) >= n && std::memcmp(p, tables[i], n) == 0 && (size_t(q - p) == n || p[n] == '.')) return true;
    }
    return false;
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

/* Whether `c` may appear in a string body left out: printable ASCII and tabs (other
 * control characters are TOML errors; other bytes are left to toml++'s UTF-8 checks),
 * line breaks only in multi-line strings. */
bool allowed_in_string(unsigned char c, bool multi_line) {
    if (c == '\t') return true;
    if (c == '\n' || c == '\r') return multi_line;
    return c >= 0x20 && c < 0x7F;
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
        for (std::ptrdiff_t i = 1; i <= digits; i++) if (!std::isxdigit(static_cast<unsigned char>(p[i]))) return -1;
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

/* The end of a string starting at `p`, just past its closing delimiter, when every byte
 * and escape in it is valid TOML; null otherwise. Multi-line strings (three quotes) are
 * taken too. */
const char *simple_string_end(const char *p, const char *end) {
    char quote = *p;
    if (quote != '"' && quote != '\'') return nullptr;
    bool multi = p + 2 < end && p[1] == quote && p[2] == quote;
    if (!multi && p + 1 < end && p[1] == quote) return p + 2;
    const char *body = p + (multi ? 3 : 1);
    const char *close = multi ? closing(body, end, quote) : nullptr;
    if (multi && !close) return nullptr;
    const char *stop = multi ? close : end;
    for (const char *q = body; q < stop; q++) {
        if (!multi && *q == quote) return q + 1;
        if (quote == '"' && *q == '\\') {
            std::ptrdiff_t n = escape_length(q + 1, stop, multi);
            if (n < 0) return nullptr;
            q += n; /* the loop then steps past the escape's last byte */
            continue;
        }
        if (!allowed_in_string(static_cast<unsigned char>(*q), multi)) return nullptr;
    }
    return multi ? close + 3 : nullptr;
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
            while (p < end && *p != '\n') {
                if (static_cast<unsigned char>(*p) < 0x20 && *p != '\t' && !(*p == '\r' && p + 1 < end && p[1] == '\n')) return nullptr;
                p++;
            }
        } else {
            break;
        }
    }
    return p;
}

/* The end of a value that is a one-line string or an array of them (over any number of
 * lines, one comma between items, one trailing comma allowed), just past it; null for
 * anything else. */
const char *simple_value_end(const char *v, const char *end) {
    if (v >= end) return nullptr;
    if (*v != '[') return simple_string_end(v, end);
    const char *p = skip_array_space(v + 1, end);
    while (p && p < end) {
        if (*p == ']') return p + 1;
        p = simple_string_end(p, end);
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

/* Appends one newline per newline of [p, end). */
void append_newlines(const char *p, const char *end, std::string &out) {
    size_t n = 0;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) { n++; p++; }
    out.append(n, '\n');
}

} // namespace

bool ctoml_omit(const char *src, size_t len, const char *const *keys, size_t key_count, const char *const *tables,
                size_t table_count, std::string &out) {
    const char *p = src;
    const char *end = src + len;
    out.clear();
    out.reserve(len);
    bool omitted_any = false;
    bool in_omitted_table = false;
    /* Keys left out under the current table header: one seen twice is a TOML error that
     * only the full text can report. */
    std::vector<std::string> omitted_here;
    std::vector<std::string_view> key_list(keys, keys + key_count);
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *line_end = eol ? eol + 1 : end;
        const char *t = p;
        while (t < line_end && is_blank(*t)) t++;
        if (t < line_end && *t == '[' && is_header(t, line_end)) {
            in_omitted_table = header_is_omitted(t, line_end, tables, table_count);
            omitted_here.clear();
            if (in_omitted_table) {
                omitted_any = true;
                if (eol) out.push_back('\n');
            } else {
                out.append(p, size_t(line_end - p));
            }
            p = line_end;
            continue;
        }
        /* A key line: look for a multi-line string value after `=`. */
        const char *eq = static_cast<const char *>(std::memchr(t, '=', size_t(line_end - t)));
        const char *v = eq ? eq + 1 : line_end;
        while (v < line_end && is_blank(*v)) v++;
        bool multi = eq && v + 3 <= line_end && (v[0] == '"' || v[0] == '\'') && v[1] == v[0] && v[2] == v[0];
        if (eq && !multi && !in_omitted_table && is_bare_key(t, eq)) {
            /* A one-line string or an array of strings of an unread key: the key goes, its
             * lines stay as empty lines. Anything after the value but a comment keeps it. */
            const char *k = eq;
            while (k > t && is_blank(k[-1])) k--;
            const char *value_end = in_list(t, size_t(k - t), key_list) ? simple_value_end(v, end) : nullptr;
            const char *r = value_end;
            while (r && r < end && is_blank(*r)) r++;
            if (r && (r == end || *r == '\n' || *r == '\r' || *r == '#')) {
                const char *rest_eol = static_cast<const char *>(std::memchr(r, '\n', size_t(end - r)));
                const char *rest_end = rest_eol ? rest_eol + 1 : end;
                for (const char *c = r; c < rest_end; c++)
                    if (static_cast<unsigned char>(*c) < 0x20 && *c != '\t' && *c != '\n' && *c != '\r') return false;
                if (!note_omitted_key(t, size_t(k - t), omitted_here)) return false;
                append_newlines(p, rest_end, out);
                omitted_any = true;
                p = rest_end;
                continue;
            }
        }
        if (!multi) {
            /* A multi-line string opened inside an array (an item of `false_positives`):
             * the lines up to its end are copied as they are, not read as keys. */
            const char *scan = t;
            while (const char *q = first_triple_quote(scan, line_end)) {
                const char *close = closing(q + 3, end, *q);
                if (!close) return false;
                scan = close + 3;
                const char *next_eol = static_cast<const char *>(std::memchr(scan, '\n', size_t(end - scan)));
                eol = next_eol;
                line_end = next_eol ? next_eol + 1 : end;
            }
            if (in_omitted_table) {
                append_newlines(p, line_end, out);
            } else {
                out.append(p, size_t(line_end - p));
            }
            p = line_end;
            continue;
        }
        char quote = v[0];
        const char *body = v + 3;
        const char *close = closing(body, end, quote);
        if (!close) return false; /* unterminated: let toml++ report it on the original */
        const char *after = close + 3;
        const char *k = eq;
        while (k > t && is_blank(k[-1])) k--;
        bool omit_value = in_omitted_table || in_list(t, size_t(k - t), key_list);
        if (!omit_value) {
            out.append(p, size_t(after - p));
        } else {
            omitted_any = true;
            if (!in_omitted_table) out.append(p, size_t(body - p));
            append_newlines(body, close, out);
            if (!in_omitted_table) out.append(close, 3);
        }
        /* The rest of the closing line. */
        const char *rest_eol = static_cast<const char *>(std::memchr(after, '\n', size_t(end - after)));
        const char *rest_end = rest_eol ? rest_eol + 1 : end;
        if (in_omitted_table) {
            if (rest_eol) out.push_back('\n');
        } else {
            out.append(after, size_t(rest_end - after));
        }
        p = rest_end;
    }
    return omitted_any;
}
