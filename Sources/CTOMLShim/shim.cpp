// Flattens a toml++ tree into the pre-order node array declared in ctoml_shim.h.
#include "ctoml_shim.h"
#include "omit.h"
#include <toml++/toml.h>
#include <cstdio>
#include <new>
#include <string>
#include <vector>

struct ctoml_doc {
    std::vector<ctoml_node> nodes;
    std::string pool;
    std::string error;
    uint32_t error_line = 0;
    uint32_t error_column = 0;
    bool ok = false;
    /* Offsets of line starts in the source, to look at the bytes a value starts at. */
    std::vector<size_t> line_starts;
    const char *source = nullptr;
    size_t source_len = 0;
};

namespace {

uint32_t append_pool(ctoml_doc &doc, const char *bytes, size_t len) {
    uint32_t off = static_cast<uint32_t>(doc.pool.size());
    doc.pool.append(bytes, len);
    return off;
}

/* Moves a multi-line string's position past its opening delimiter and the newline
 * TOML trims after it, so positions inside the value count from its first byte. */
void content_position(const ctoml_doc &doc, uint32_t &line, uint32_t &column) {
    if (line == 0 || line > doc.line_starts.size()) return;
    size_t at = doc.line_starts[line - 1] + (column ? column - 1 : 0);
    if (at + 3 > doc.source_len) return;
    const char *p = doc.source + at;
    bool triple = (p[0] == '\'' && p[1] == '\'' && p[2] == '\'') || (p[0] == '"' && p[1] == '"' && p[2] == '"');
    if (!triple) {
        if (p[0] == '\'' || p[0] == '"') column += 1;
        return;
    }
    at += 3;
    if (at < doc.source_len && doc.source[at] == '\n') { line += 1; column = 1; return; }
    if (at + 1 < doc.source_len && doc.source[at] == '\r' && doc.source[at + 1] == '\n') { line += 1; column = 1; return; }
    column += 3;
}

void write_datetime_text(ctoml_doc &doc, ctoml_node &n, const toml::node &node) {
    char buf[64];
    int len = 0;
    if (auto d = node.as_date()) {
        auto v = d->get();
        len = std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", unsigned(v.year), unsigned(v.month), unsigned(v.day));
    } else if (auto t = node.as_time()) {
        auto v = t->get();
        len = std::snprintf(buf, sizeof buf, "%02u:%02u:%02u", unsigned(v.hour), unsigned(v.minute), unsigned(v.second));
    } else if (auto dt = node.as_date_time()) {
        auto v = dt->get();
        len = std::snprintf(buf, sizeof buf, "%04u-%02u-%02uT%02u:%02u:%02u", unsigned(v.date.year), unsigned(v.date.month),
                            unsigned(v.date.day), unsigned(v.time.hour), unsigned(v.time.minute), unsigned(v.time.second));
    }
    if (len < 0) len = 0;
    n.str_off = append_pool(doc, buf, static_cast<size_t>(len));
    n.str_len = static_cast<uint32_t>(len);
}

/* Deeper documents are refused so that readers can walk the array recursively. */
constexpr int max_depth = 256;

struct too_deep {};

void flatten(ctoml_doc &doc, const toml::node &node, const std::string_view *key, int depth) {
    if (depth > max_depth) throw too_deep{};
    size_t index = doc.nodes.size();
    doc.nodes.push_back(ctoml_node{});
    ctoml_node n{};
    if (key) {
        n.key_off = append_pool(doc, key->data(), key->size());
        n.key_len = static_cast<uint32_t>(key->size());
    }
    const auto &src = node.source();
    n.line = src.begin.line;
    n.column = src.begin.column;
    switch (node.type()) {
    case toml::node_type::table: {
        n.kind = CTOML_TABLE;
        for (auto &&[k, v] : *node.as_table()) {
            std::string_view ks = k.str();
            flatten(doc, v, &ks, depth + 1);
            n.children++;
        }
        break;
    }
    case toml::node_type::array: {
        n.kind = CTOML_ARRAY;
        for (auto &&v : *node.as_array()) {
            flatten(doc, v, nullptr, depth + 1);
            n.children++;
        }
        break;
    }
    case toml::node_type::string: {
        n.kind = CTOML_STRING;
        const std::string &s = node.as_string()->get();
        n.str_off = append_pool(doc, s.data(), s.size());
        n.str_len = static_cast<uint32_t>(s.size());
        content_position(doc, n.line, n.column);
        break;
    }
    case toml::node_type::integer:
        n.kind = CTOML_INTEGER;
        n.integer = node.as_integer()->get();
        break;
    case toml::node_type::floating_point:
        n.kind = CTOML_FLOAT;
        n.real = node.as_floating_point()->get();
        break;
    case toml::node_type::boolean:
        n.kind = CTOML_BOOL;
        n.integer = node.as_boolean()->get() ? 1 : 0;
        break;
    default:
        n.kind = CTOML_DATETIME;
        write_datetime_text(doc, n, node);
        break;
    }
    n.subtree = static_cast<uint32_t>(doc.nodes.size() - index);
    doc.nodes[index] = n;
}

} // namespace

extern "C" ctoml_doc *ctoml_parse(const char *bytes, size_t len) {
    ctoml_doc *doc = new (std::nothrow) ctoml_doc();
    if (!doc) return nullptr;
    doc->source = bytes;
    doc->source_len = len;
    try {
        doc->line_starts.push_back(0);
        for (size_t i = 0; i < len; i++)
            if (bytes[i] == '\n') doc->line_starts.push_back(i + 1);
        toml::table root = toml::parse(std::string_view(bytes, len));
        doc->nodes.reserve(256);
        doc->pool.reserve(len);
        flatten(*doc, root, nullptr, 0);
        doc->ok = true;
    } catch (const too_deep &) {
        doc->error = "tables or arrays nested deeper than 256";
        doc->nodes.clear();
    } catch (const toml::parse_error &err) {
        doc->error = std::string(err.description());
        doc->error_line = err.source().begin.line;
        doc->error_column = err.source().begin.column;
        doc->nodes.clear();
    } catch (const std::exception &err) {
        doc->error = err.what();
        doc->nodes.clear();
    } catch (...) {
        doc->error = "unknown TOML parser failure";
        doc->nodes.clear();
    }
    doc->source = nullptr;
    doc->source_len = 0;
    doc->line_starts.clear();
    return doc;
}

extern "C" ctoml_doc *ctoml_parse_omitting(const char *bytes, size_t len, const char *const *keys, size_t key_count) {
    std::string shortened;
    bool shorter = false;
    try {
        shorter = ctoml_omit(bytes, len, keys, key_count, shortened);
    } catch (...) {
        shorter = false;
    }
    if (!shorter) return ctoml_parse(bytes, len);
    ctoml_doc *doc = ctoml_parse(shortened.data(), shortened.size());
    if (doc && doc->ok) return doc;
    ctoml_free(doc);
    return ctoml_parse(bytes, len);
}

extern "C" int ctoml_ok(const ctoml_doc *doc) { return doc && doc->ok ? 1 : 0; }
extern "C" const char *ctoml_error_message(const ctoml_doc *doc) { return doc ? doc->error.c_str() : "out of memory"; }
extern "C" uint32_t ctoml_error_line(const ctoml_doc *doc) { return doc ? doc->error_line : 0; }
extern "C" uint32_t ctoml_error_column(const ctoml_doc *doc) { return doc ? doc->error_column : 0; }

extern "C" const ctoml_node *ctoml_nodes(const ctoml_doc *doc, size_t *count) {
    if (count) *count = doc ? doc->nodes.size() : 0;
    return doc && !doc->nodes.empty() ? doc->nodes.data() : nullptr;
}

extern "C" const char *ctoml_pool(const ctoml_doc *doc, size_t *length) {
    if (length) *length = doc ? doc->pool.size() : 0;
    return doc ? doc->pool.data() : nullptr;
}

extern "C" void ctoml_free(ctoml_doc *doc) { delete doc; }
