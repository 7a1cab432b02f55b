#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed-size table of 32-bit cells in its own memory mapping, asking the kernel for huge pages so that random
/// lookups over tens of megabytes do not miss the TLB on nearly every point.
///
/// `@unchecked Sendable`: the cells are written only by the builder before the storage is shared (`CellTable`'s
/// initializer), and only read afterwards; the mapping lives until `deinit`, when no reader remains.
final class CellStorage: @unchecked Sendable {
    let cells: UnsafeMutableBufferPointer<UInt32>
    private let mapping: UnsafeMutableRawPointer
    private let mappedBytes: Int

    /// Zero-filled storage for `count` cells. Only tables of 4 MiB or more ask for huge pages: a small table
    /// (a tenant with a handful of zones) would otherwise take a whole 2 MiB page.
    init(count: Int) {
        let hugePage = 2 << 20
        let bytes = max(1, count) * MemoryLayout<UInt32>.stride
        let huge = bytes >= 2 * hugePage
        // Over-allocate by one huge page, so the cells can start on a huge-page boundary.
        let length = huge ? (bytes + hugePage - 1) / hugePage * hugePage + hugePage : bytes
        let raw = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let raw, raw != MAP_FAILED else { fatalError("cannot map \(length) bytes for a zone cell table") }
        let offset = huge ? (hugePage - Int(bitPattern: raw) % hugePage) % hugePage : 0
        let start = raw + offset
        #if os(Linux)
        // Advice only: without transparent huge pages the table still works, with 4 KiB pages.
        if huge { _ = madvise(start, length - offset, MADV_HUGEPAGE) }
        #endif
        mapping = raw
        mappedBytes = length
        cells = UnsafeMutableBufferPointer(start: start.bindMemory(to: UInt32.self, capacity: count), count: count)
    }

    deinit {
        munmap(mapping, mappedBytes)
    }
}
