#ifndef CURBSIDE_GDAL_LOADER_H
#define CURBSIDE_GDAL_LOADER_H

#include <stddef.h>

/// Loads libgdal (once; later calls return the first answer): 1 when every GDAL function Curbside calls is bound,
/// 0 when the library or one of them is missing, with the reason in `reason` (NUL-terminated, cut to `size`).
int curbside_gdal_load(char *reason, size_t size);

#endif
