#ifndef CGDAL_SHIM_H
#define CGDAL_SHIM_H

// The C API of GDAL/OGR (Debian's /usr/include/gdal; its own includes are relative to it): datasets, layers, features, geometries, spatial references, errors and /vsimem/.
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_srs_api.h>
#include <gdal/cpl_error.h>
#include <gdal/cpl_string.h>
#include <gdal/cpl_vsi.h>
#include <gdal/gdal_utils.h>

#endif
