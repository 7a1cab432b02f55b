// The C library's malloc tuning (mallopt), for the server's arena cap.
#if defined(__linux__)
#include <malloc.h>
#endif
