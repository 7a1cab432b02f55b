// The module is header-only (a static inline function); SwiftPM needs one source file to build the target.
#include "CPrefetch.h"
