#ifndef CTOML_OMIT_H
#define CTOML_OMIT_H
#include <cstddef>
#include <string>

/* Writes `src` into `out` without the omitted text (see ctoml_parse_omitting). Returns
 * false when nothing was omitted or the text could not be followed safely; `out` is then
 * not to be used. */
bool ctoml_omit(const char *src, size_t len, const char *const *keys, size_t key_count, std::string &out);
#endif
