import Foundation
import Synchronization

/// Opening the input and writing the output of a point-file run.
enum PointFileIO {
    struct Source {
        let descriptor: Int32
        let owned: Bool
        let size: Int?
    }

    static func openInput(_ path: String?) throws(PointFileError) -> Source {
        guard let path, path != "-" else { return Source(descriptor: STDIN_FILENO, owned: false, size: nil) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .io("cannot open \(path): \(String(cString: strerror(errno)))") }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
        return Source(descriptor: descriptor, owned: true, size: size)
    }

    /// Standard output, or a file written under a temporary name and renamed into place by `commit`.
    /// Writes come from one thread at a time (the run's writing stage), `commit` after the last of them.
    final class Sink: Sendable {
        private let descriptor: Int32
        private let path: String?
        private let temporaryPath: String?
        private let committed = Atomic<Bool>(false)

        init(path: String?) throws(PointFileError) {
            guard let path, path != "-" else {
                descriptor = STDOUT_FILENO
                self.path = nil
                temporaryPath = nil
                return
            }
            let temporary = "\(path).partial-\(getpid())"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw .io("cannot create \(temporary): \(String(cString: strerror(errno)))") }
            self.descriptor = descriptor
            self.path = path
            temporaryPath = temporary
        }

        deinit {
            if let temporaryPath, !committed.load(ordering: .acquiring) {
                close(descriptor)
                unlink(temporaryPath)
            }
        }

        func write(_ bytes: [UInt8]) throws(PointFileError) {
            var failure: Int32 = 0
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
            if failure != 0 { throw .io("write failed: \(String(cString: strerror(failure)))") }
        }

        /// Asks the kernel to start writing what has been written so far to disk, so that `commit`'s `fsync` has
        /// little left to wait for. Does nothing for standard output or where the system has no such request.
        func startFlushing() {
            #if os(Linux)
            // On Linux, POSIX_FADV_DONTNEED starts asynchronous write-back of the dirty pages and drops the clean ones.
            if temporaryPath != nil { _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED) }
            #endif
        }

        func commit() throws(PointFileError) {
            guard let path, let temporaryPath else { return }
            guard fsync(descriptor) == 0, close(descriptor) == 0 else {
                throw .io("cannot finish \(temporaryPath): \(String(cString: strerror(errno)))")
            }
            committed.store(true, ordering: .releasing)
            guard rename(temporaryPath, path) == 0 else {
                unlink(temporaryPath)
                throw .io("cannot move \(temporaryPath) to \(path): \(String(cString: strerror(errno)))")
            }
        }
    }
}
