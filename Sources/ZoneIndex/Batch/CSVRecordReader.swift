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
        var chunk = CSVChunk()
        chunk.bytes = pending
        pending = []
        var scan = 0
        var recordStart = 0
        var recordLine = line
        var inQuotes = false
        while chunk.records.count < maxRecords {
            if scan == chunk.bytes.count {
                if atEOF { break }
                try readBlock(into: &chunk.bytes)
                continue
            }
            let byte = chunk.bytes[scan]
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if byte == UInt8(ascii: "\n") {
                line += 1
                if !inQuotes {
                    append(recordStart..<scan, line: recordLine, to: &chunk)
                    recordStart = scan + 1
                    recordLine = line
                }
            }
            scan += 1
        }
        if chunk.records.count < maxRecords && atEOF {
            // The last record may lack a line break.
            append(recordStart..<chunk.bytes.count, line: recordLine, to: &chunk)
            recordStart = chunk.bytes.count
        }
        // Bytes after the last complete record start the next chunk; lines in them are counted again there.
        pending = Array(chunk.bytes[recordStart...])
        line = recordLine
        chunk.bytes.removeSubrange(recordStart...)
        return chunk.records.isEmpty && pending.isEmpty ? nil : chunk
    }

    private func append(_ range: Range<Int>, line: Int, to chunk: inout CSVChunk) {
        var end = range.upperBound
        if end > range.lowerBound && chunk.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end > range.lowerBound else { return }
        chunk.records.append(.init(start: range.lowerBound, end: end, line: line))
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
