// Shortens TOML text before toml++ reads it: see ctoml_parse_omitting in ctoml_shim.h.
#include "omit.h"
#include <cctype>
#include <cstring>

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool in_list(const char *name, size_t len, const char *const *list, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (std::strlen(list[i]) == len && std::memcmp(list[i], name, len) == 0) return true;
    return false;
}

/* A table header line: `[name]` or `[[name]]` with a dotted key name, then only blanks or a
 * comment (so `[` opening a multi-line array, or `[1, 2],` inside one, is not a header). */
bool is_header(const char *p, const char *end) {
    int open = 0;
    while (p < end && *p == '[' && open < 2) { p++; open++; }
    while (p < end && is_blank(*p)) p++;
    const char *name = p;
    while (p < end && (std::isalnum(static_cast<unsigned char>(*p)) || *p == '_' || *p == '-' || *p == '.' || *p == '"' || *p == '\'' || is_blank(*p))) p++;
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
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *line_end = eol ? eol + 1 : end;
        const char *t = p;
        while (t < line_end && is_blank(*t)) t++;
        if (t < line_end && *t == '[' && is_header(t, line_end)) {
            in_omitted_table = header_is_omitted(t, line_end, tables, table_count);
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
        if (!multi) {
            if (in_omitted_table) {
                if (eol) out.push_back('\n');
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
        bool omit_value = in_omitted_table || in_list(t, size_t(k - t), keys, key_count);
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
