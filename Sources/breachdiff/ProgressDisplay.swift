import BreachDiff
import Foundation

/// The progress line on a terminal's stderr, redrawn in place at most ten times a second.
/// Disabled (silent) when stderr is not a terminal or with `--quiet`.
final class ProgressDisplay: @unchecked Sendable {
    private let meter: ProgressMeter
    private let enabled: Bool
    private let started = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var shown = false

    init(total: Int, enabled: Bool) {
        meter = ProgressMeter(total: total)
        self.enabled = enabled
    }

    /// Called by the pipeline after each file, one call at a time.
    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == meter.total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        shown = true
        // \r returns to the line start; ESC[K clears what a longer earlier line left behind.
        FileHandle.standardError.write(Data(("\r" + meter.line(done: done, elapsed: now.timeIntervalSince(started)) + "\u{1B}[K").utf8))
    }

    /// Ends the progress line so the next message starts on its own line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
