#if os(Linux)
import CMalloc
#endif

/// glibc's cap on the malloc arenas of this process.
enum MallocArenas {
    /// Caps the arenas at `count` from now on; false where the C library has no such setting or refuses it.
    @discardableResult
    static func limit(_ count: Int) -> Bool {
        #if os(Linux)
        return mallopt(M_ARENA_MAX, Int32(clamping: count)) == 1
        #else
        return false
        #endif
    }
}
