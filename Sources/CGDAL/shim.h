#ifndef CGDAL_SHIM_H
#define CGDAL_SHIM_H

// The C API of GDAL/OGR: datasets, layers, features, geometries, spatial references, errors and /vsimem/.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_utils.h>

#endif
