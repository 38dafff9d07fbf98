#ifndef CTOML_SHIM_H
#define CTOML_SHIM_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/* A TOML document parsed by toml++ and flattened into a pre-order node array.
 *
 * Every node's children follow it directly; `subtree` counts the node and all its
 * descendants, so a reader skips a child with `i += nodes[i].subtree`. Keys and
 * string values live in one byte pool (`key_off`/`key_len`, `str_off`/`str_len`).
 * Dates and times are written into the pool as their TOML text. */

enum ctoml_kind {
    CTOML_TABLE = 0,
    CTOML_ARRAY = 1,
    CTOML_STRING = 2,
    CTOML_INTEGER = 3,
    CTOML_FLOAT = 4,
    CTOML_BOOL = 5,
    CTOML_DATETIME = 6
};

typedef struct ctoml_node {
    int32_t kind;
    uint32_t subtree;
    uint32_t children;
    uint32_t key_off;
    uint32_t key_len;
    uint32_t str_off;
    uint32_t str_len;
    /* 1-based position of the value (for a multi-line string: of its first content byte). */
    uint32_t line;
    uint32_t column;
    int64_t integer; /* also the boolean (0/1) */
    double real;
} ctoml_node;

typedef struct ctoml_doc ctoml_doc;

/* Parses `len` bytes. Never returns NULL except when out of memory. */
ctoml_doc *ctoml_parse(const char *bytes, size_t len);

/* Like ctoml_parse, but first leaves out values the caller does not read, those of the
 * keys named in `keys` wherever they appear: the body of a multi-line string (the key
 * stays, with an empty string), a one-line string or an array of strings (the key is
 * absent). Only values toml++ would read without an error are left out (well-formed UTF-8,
 * no forbidden control character, valid escapes, one comma between array items); line
 * numbers of everything kept are unchanged. A key left out twice under one table header,
 * or a shortened text that does not parse, makes the whole text parsed instead, so errors
 * are always those of the original. */
ctoml_doc *ctoml_parse_omitting(const char *bytes, size_t len, const char *const *keys, size_t key_count);
/* 1 when the document parsed; otherwise the error fields below are set. */
int ctoml_ok(const ctoml_doc *doc);
const char *ctoml_error_message(const ctoml_doc *doc);
uint32_t ctoml_error_line(const ctoml_doc *doc);
uint32_t ctoml_error_column(const ctoml_doc *doc);
/* The node array (node 0 is the root table) and its length. */
const ctoml_node *ctoml_nodes(const ctoml_doc *doc, size_t *count);
/* The byte pool the nodes point into. */
const char *ctoml_pool(const ctoml_doc *doc, size_t *length);
void ctoml_free(ctoml_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
