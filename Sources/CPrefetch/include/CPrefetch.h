#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the CPU to start loading the cache line holding `address`, for a read soon, without waiting for it.
static inline void curbside_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 0);
}

#endif
