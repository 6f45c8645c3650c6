/// The text of a progress line: files done out of the total, the rate and the time left.
///
/// Pure formatting; deciding whether and where to show it (a terminal on stderr) is the CLI's job.
public struct ProgressMeter: Sendable, Equatable {
    /// The number of input files.
    public var total: Int

    public init(total: Int) {
        self.total = total
    }

    /// `12/40 files  3.1 files/s  0:09 left`; the rate and estimate appear once something is done.
    /// - Parameters:
    ///   - done: files finished so far.
    ///   - elapsed: seconds since the run started.
    public func line(done: Int, elapsed: Double) -> String {
        var text = "\(done)/\(total) files"
        guard done > 0, elapsed > 0 else { return text }
        let rate = Double(done) / elapsed
        text += "  " + Self.rate(rate) + " files/s"
        if done < total {
            text += "  " + Self.duration(Double(total - done) / rate) + " left"
        } else {
            text += "  " + Self.duration(elapsed) + " total"
        }
        return text
    }

    /// One decimal below 100 per second, whole numbers above.
    static func rate(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(Double(Int((value * 10).rounded())) / 10)
    }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func duration(_ seconds: Double) -> String {
        let whole = seconds.isFinite ? max(0, Int(seconds.rounded(.up))) : 0
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let ss = secs < 10 ? "0\(secs)" : String(secs)
        if hours > 0 {
            return "\(hours):" + (minutes < 10 ? "0\(minutes)" : String(minutes)) + ":" + ss
        }
        return "\(minutes):" + ss
    }
}
