#include "ctoml_shim.h"
#include <toml++/toml.h>
extern "C" int ctoml_shim_version(void) { return TOML_LIB_MAJOR; }
