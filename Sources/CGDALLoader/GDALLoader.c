// The GDAL functions ZoneFormats calls, bound on first use instead of at process start: linking libgdal (and the
// hundred libraries it needs) made every `curbside` process start about 70 ms slower, GeoJSON-only runs included.
//
// Each function below is a two-instruction stub with the function's own name: it jumps to the address
// `curbside_gdal_load` found with dlsym, so arguments and results pass through untouched whatever the signature.
// Until the library is loaded, every stub jumps to `curbside_gdal_unloaded`, which stops the process with a
// message; ZoneFormats loads the library before its first GDAL call.

#include "GDALLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void curbside_gdal_unloaded(void) {
    fputs("curbside: a GDAL function was called before libgdal was loaded\n", stderr);
    abort();
}

#define CURBSIDE_GDAL_FUNCTIONS(X) \
    X(CPLErrorReset) \
    X(CPLGetLastErrorMsg) \
    X(CPLGetLastErrorType) \
    X(CPLPopErrorHandler) \
    X(CPLPushErrorHandler) \
    X(CPLQuietErrorHandler) \
    X(CSLAddString) \
    X(CSLDestroy) \
    X(GDALAllRegister) \
    X(GDALClose) \
    X(GDALDatasetGetLayer) \
    X(GDALDatasetGetLayerCount) \
    X(GDALOpenEx) \
    X(GDALVectorTranslate) \
    X(GDALVectorTranslateOptionsFree) \
    X(GDALVectorTranslateOptionsNew) \
    X(OGRGeometryTypeToName) \
    X(OGR_FD_GetFieldCount) \
    X(OGR_FD_GetFieldDefn) \
    X(OGR_F_Destroy) \
    X(OGR_F_GetFID) \
    X(OGR_F_GetFieldAsDouble) \
    X(OGR_F_GetFieldAsDoubleList) \
    X(OGR_F_GetFieldAsInteger64) \
    X(OGR_F_GetFieldAsInteger64List) \
    X(OGR_F_GetFieldAsString) \
    X(OGR_F_GetFieldAsStringList) \
    X(OGR_F_GetGeometryRef) \
    X(OGR_F_IsFieldSetAndNotNull) \
    X(OGR_Fld_GetNameRef) \
    X(OGR_Fld_GetSubType) \
    X(OGR_Fld_GetType) \
    X(OGR_GT_Flatten) \
    X(OGR_G_DestroyGeometry) \
    X(OGR_G_GetGeometryCount) \
    X(OGR_G_GetGeometryRef) \
    X(OGR_G_GetGeometryType) \
    X(OGR_G_GetLinearGeometry) \
    X(OGR_G_GetPointCount) \
    X(OGR_G_GetPoints) \
    X(OGR_G_HasCurveGeometry) \
    X(OGR_L_GetExtent) \
    X(OGR_L_GetFIDColumn) \
    X(OGR_L_GetFeatureCount) \
    X(OGR_L_GetGeomType) \
    X(OGR_L_GetLayerDefn) \
    X(OGR_L_GetName) \
    X(OGR_L_GetNextFeature) \
    X(OGR_L_GetSpatialRef) \
    X(OGR_L_ResetReading) \
    X(OSRAutoIdentifyEPSG) \
    X(OSRClone) \
    X(OSRExportToPROJJSON) \
    X(OSRExportToWkt) \
    X(OSRGetAuthorityCode) \
    X(OSRGetAuthorityName) \
    X(OSRRelease) \
    X(OSRSetAxisMappingStrategy) \
    X(VSIFCloseL) \
    X(VSIFileFromMemBuffer) \
    X(VSIFree) \
    X(VSIMalloc) \
    X(VSIReadDirRecursive) \
    X(VSIUnlink)

// One pointer a function, hidden so the stubs reach it PC-relative.
#define CURBSIDE_GDAL_POINTER(name) \
    __attribute__((visibility("hidden"))) void *curbside_gdal_pointer_##name = (void *)curbside_gdal_unloaded;
CURBSIDE_GDAL_FUNCTIONS(CURBSIDE_GDAL_POINTER)

#if defined(__x86_64__)
#define CURBSIDE_GDAL_STUB(name) \
    __asm__(".text\n.globl " #name "\n.type " #name ", @function\n.p2align 4\n" #name ":\n" \
            "    jmp *curbside_gdal_pointer_" #name "(%rip)\n.size " #name ", .-" #name "\n");
#elif defined(__aarch64__)
#define CURBSIDE_GDAL_STUB(name) \
    __asm__(".text\n.globl " #name "\n.type " #name ", %function\n.p2align 2\n" #name ":\n" \
            "    adrp x16, curbside_gdal_pointer_" #name "\n" \
            "    ldr x16, [x16, :lo12:curbside_gdal_pointer_" #name "]\n" \
            "    br x16\n.size " #name ", .-" #name "\n");
#else
#error "GDAL stubs are written for x86-64 and arm64"
#endif
CURBSIDE_GDAL_FUNCTIONS(CURBSIDE_GDAL_STUB)

static pthread_once_t curbside_gdal_once = PTHREAD_ONCE_INIT;
static int curbside_gdal_loaded = 0;
static char curbside_gdal_reason[512] = "libgdal was not loaded";

static void curbside_gdal_bind(void) {
    // The development link first (what the build compiled against), then the sonames of GDAL 3.x releases.
    static const char *const names[] = {
        "libgdal.so", "libgdal.so.38", "libgdal.so.37", "libgdal.so.36", "libgdal.so.35", "libgdal.so.34",
        "libgdal.so.33", "libgdal.so.32", "libgdal.so.31", "libgdal.so.30", "libgdal.dylib",
    };
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        snprintf(curbside_gdal_reason, sizeof curbside_gdal_reason,
                 "GDAL is not installed (libgdal cannot be loaded: %s); GeoJSON needs no GDAL, other formats do", dlerror());
        return;
    }
    void *address;
#define CURBSIDE_GDAL_BIND(name) \
    address = dlsym(library, #name); \
    if (address == NULL) { \
        snprintf(curbside_gdal_reason, sizeof curbside_gdal_reason, "libgdal lacks %s (too old a GDAL)", #name); \
        return; \
    }
    CURBSIDE_GDAL_FUNCTIONS(CURBSIDE_GDAL_BIND)
#undef CURBSIDE_GDAL_BIND
    // Every function is there: only now are the stubs pointed at them, so they are bound all or not at all.
#define CURBSIDE_GDAL_SET(name) curbside_gdal_pointer_##name = dlsym(library, #name);
    CURBSIDE_GDAL_FUNCTIONS(CURBSIDE_GDAL_SET)
#undef CURBSIDE_GDAL_SET
    curbside_gdal_loaded = 1;
}

int curbside_gdal_load(char *reason, size_t size) {
    pthread_once(&curbside_gdal_once, curbside_gdal_bind);
    if (!curbside_gdal_loaded && reason != NULL && size > 0) {
        strncpy(reason, curbside_gdal_reason, size - 1);
        reason[size - 1] = 0;
    }
    return curbside_gdal_loaded;
}
