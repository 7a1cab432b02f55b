import Foundation

/// The process's resident memory, from /proc/self/status (Linux).
enum Memory {
    /// Peak resident set size (VmHWM) in bytes, or nil where /proc is missing.
    static func peakRSS() -> Int? { statusField("VmHWM:") }

    /// Current resident set size (VmRSS) in bytes, or nil where /proc is missing.
    static func currentRSS() -> Int? { statusField("VmRSS:") }

    /// Resets the peak to the current resident size (writes 5 to /proc/self/clear_refs); false if refused.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first
            return digits.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
