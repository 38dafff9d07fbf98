#ifndef CTOML_SHIM_H
#define CTOML_SHIM_H
#ifdef __cplusplus
extern "C" {
#endif
/* Placeholder; the TOML bridge is defined by the Elastic parser work. */
int ctoml_shim_version(void);
#ifdef __cplusplus
}
#endif
#endif
