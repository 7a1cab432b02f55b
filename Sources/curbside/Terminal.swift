import Foundation
import Synchronization

/// Writing to the terminal.
enum Terminal {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func standardOutput(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Whether standard error is an interactive terminal (so a progress bar makes sense there).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A one-line progress display on standard error, redrawn at most a few times a second.
struct ProgressBar {
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private let start = ContinuousClock.now

    mutating func draw(done: Int, total: Int?, unit: String, force: Bool = false) {
        let now = ContinuousClock.now
        guard force || now - lastDraw >= .milliseconds(200) else { return }
        lastDraw = now
        let seconds = max(1e-9, Double((now - start).components.attoseconds) * 1e-18 + Double((now - start).components.seconds))
        let rate = Double(done) / seconds
        var line = "\r"
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let width = 30
            let filled = Int(fraction * Double(width))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += String(format: "%3.0f%% ", fraction * 100)
        }
        line += "\(unit) \(rateText(rate))/s   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func rateText(_ value: Double) -> String {
        value >= 1e6 ? String(format: "%.2fM", value / 1e6) : value >= 1e3 ? String(format: "%.1fk", value / 1e3) : String(format: "%.0f", value)
    }
}

/// JSON output for the terminal.
enum JSON {
    /// `value` as JSON with sorted keys (pretty-printed when `pretty`).
    static func string(_ value: some Encodable, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Progress for async work: a bar on a terminal, an occasional line otherwise.
final class ProgressReporter: Sendable {
    private struct State {
        var bar = ProgressBar()
        var lastLine = ContinuousClock.now
        var drew = false
    }

    private let state = Mutex(State())
    private let interactive = Terminal.standardErrorIsTerminal
    /// What is counted, e.g. `rows`.
    private let unit: String

    init(unit: String = "rows") {
        self.unit = unit
    }

    func report(done: Int, total: Int) {
        state.withLock { state in
            if interactive {
                state.bar.draw(done: done, total: total, unit: "\(done)/\(total) \(unit),", force: done == total)
                state.drew = true
            } else if ContinuousClock.now - state.lastLine >= .seconds(2) || done == total {
                state.lastLine = .now
                Terminal.standardError("\(done)/\(total) \(unit)")
            }
        }
    }

    func finish() {
        state.withLock { if $0.drew { $0.bar.finish() } }
    }
}
