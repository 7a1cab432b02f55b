#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of complete CSV records read from a file, held in one buffer.
struct CSVChunk: Sendable {
    /// A record's bytes (without its line break) and the line it starts on, from 1.
    struct Record: Sendable {
        let start: Int
        let end: Int
        let line: Int
    }

    var bytes: [UInt8] = []
    var records: [Record] = []
}

/// Reads CSV records (RFC 4180: quoted fields may hold commas, quotes and line breaks) from a file descriptor,
/// a chunk at a time, in constant memory.
struct CSVRecordReader {
    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var line = 1
    private var atEOF = false
    private var atStart = true
    private let blockSize = 1 << 20
    /// Bytes read so far.
    private(set) var bytesRead = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next chunk of up to `maxRecords` non-empty records, or nil at the end of the input.
    mutating func nextChunk(maxRecords: Int) throws(PointFileError) -> CSVChunk? {
        var bytes = pending
        pending = []
        var records: [CSVChunk.Record] = []
        records.reserveCapacity(min(maxRecords, 1 << 16))
        var scan = 0
        var searched = 0
        var recordStart = 0
        var recordLine = line
        var inQuotes = false
        while records.count < maxRecords {
            var needMore = bytes.isEmpty
            if !needMore {
                bytes.withUnsafeBufferPointer { buffer in
                    let base = buffer.baseAddress!
                    while scan < buffer.count {
                        // Line breaks by memchr; quotes are counted only on lines that have any.
                        searched = max(searched, scan)
                        guard let found = memchr(base + searched, 0x0A, buffer.count - searched) else {
                            searched = buffer.count
                            needMore = true
                            return
                        }
                        let lineBreak = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                        if inQuotes || memchr(base + scan, 0x22, lineBreak - scan) != nil {
                            for k in scan..<lineBreak where buffer[k] == UInt8(ascii: "\"") { inQuotes.toggle() }
                        }
                        scan = lineBreak + 1
                        line += 1
                        if !inQuotes {
                            Self.append(recordStart..<lineBreak, line: recordLine, in: buffer, to: &records)
                            recordStart = scan
                            recordLine = line
                            if records.count == maxRecords { return }
                        }
                    }
                    needMore = true
                }
            }
            if needMore {
                if atEOF { break }
                try readBlock(into: &bytes)
            }
        }
        if records.count < maxRecords && atEOF {
            // The last record may lack a line break.
            bytes.withUnsafeBufferPointer { Self.append(recordStart..<$0.count, line: recordLine, in: $0, to: &records) }
            recordStart = bytes.count
        }
        // Bytes after the last complete record start the next chunk; lines in them are counted again there.
        pending = Array(bytes[recordStart...])
        line = recordLine
        bytes.removeSubrange(recordStart...)
        return records.isEmpty && pending.isEmpty ? nil : CSVChunk(bytes: bytes, records: records)
    }

    private static func append(
        _ range: Range<Int>, line: Int, in bytes: UnsafeBufferPointer<UInt8>, to records: inout [CSVChunk.Record]
    ) {
        var end = range.upperBound
        if end > range.lowerBound && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end > range.lowerBound else { return }
        records.append(.init(start: range.lowerBound, end: end, line: line))
    }

    private mutating func readBlock(into bytes: inout [UInt8]) throws(PointFileError) {
        let oldCount = bytes.count
        bytes.reserveCapacity(oldCount + blockSize)
        var got = 0
        var failure: Int32 = 0
        bytes.append(contentsOf: repeatElement(0, count: blockSize))
        bytes.withUnsafeMutableBytes { buffer in
            repeat {
                got = read(descriptor, buffer.baseAddress! + oldCount, blockSize)
                failure = got < 0 ? errno : 0
            } while got < 0 && failure == EINTR
        }
        bytes.removeSubrange((oldCount + max(got, 0))...)
        guard got >= 0 else { throw .io("read failed: \(String(cString: strerror(failure)))") }
        if got == 0 { atEOF = true }
        if atStart && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        if !bytes.isEmpty || atEOF { atStart = false }
        bytesRead += max(got, 0)
    }
}
