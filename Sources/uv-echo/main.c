/* Placeholder; the echo baseline lands with the daemon benchmark. */
#include <uv.h>
int main(void) { return uv_version() == 0; }
