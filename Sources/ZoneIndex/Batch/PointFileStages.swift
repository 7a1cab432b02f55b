import Dispatch
import Synchronization

/// The reading and writing stages of a point-file run, each on its own thread so that they overlap the matching.
/// At most one read and one write are in flight; the caller waits for each before starting the next.
final class PointFileStages: Sendable {
    private let reader: Mutex<CSVRecordReader>
    private let sink: PointFileIO.Sink
    private let reading = DispatchGroup()
    private let writing = DispatchGroup()
    private let readResult = Mutex<Result<CSVChunk?, PointFileError>>(.success(nil))
    private let writeFailure = Mutex<PointFileError?>(nil)

    init(reader: consuming CSVRecordReader, sink: PointFileIO.Sink) {
        self.reader = Mutex(reader)
        self.sink = sink
    }

    /// Input bytes read so far.
    var bytesRead: Int { reader.withLock { $0.bytesRead } }

    /// The next chunk, read on this thread.
    func read(maxRecords: Int) throws(PointFileError) -> CSVChunk? {
        try reader.withLock { reader throws(PointFileError) in try reader.nextChunk(maxRecords: maxRecords) }
    }

    /// Starts reading the next chunk on another thread; `finishReading` returns it.
    func startReading(maxRecords: Int) {
        DispatchQueue.global().async(group: reading) {
            let result = Result { () throws(PointFileError) in try self.read(maxRecords: maxRecords) }
            self.readResult.withLock { $0 = result }
        }
    }

    func finishReading() throws(PointFileError) -> CSVChunk? {
        reading.wait()
        return try readResult.withLock { $0 }.get()
    }

    /// Starts writing `outputs`, in order, on another thread; `finishWriting` reports how that went.
    func startWriting(_ outputs: [[UInt8]]) {
        DispatchQueue.global().async(group: writing) {
            do throws(PointFileError) {
                for output in outputs { try self.sink.write(output) }
                self.sink.startFlushing()
            } catch {
                self.writeFailure.withLock { $0 = error }
            }
        }
    }

    func finishWriting() throws(PointFileError) {
        writing.wait()
        if let failure = writeFailure.withLock({ $0 }) { throw failure }
    }
}
