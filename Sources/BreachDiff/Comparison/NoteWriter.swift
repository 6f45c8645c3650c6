/// Plain-English notes for discrepancies and agreements: what differs, both sides with their
/// quotes and files, and any sum that explains the difference.
enum NoteWriter {
    /// 47800000 -> "47.8M", 4700 -> "4,700", 99200936 -> "99,200,936".
    static func figure(_ value: Int64) -> String {
        let number = Double(value)
        if value >= 1_000_000, value % 10_000 == 0 {
            let scaled = value >= 1_000_000_000 ? number / 1e9 : number / 1e6
            let suffix = value >= 1_000_000_000 ? "B" : "M"
            var text = String(format: "%.2f", scaled)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text + suffix
        }
        var digits = String(value)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped
    }

    /// Whether the slot's values are figures (counts and sums); a year-precise date ("2017") is
    /// shown as written, not as "2,017".
    static func isFigure(_ slot: String) -> Bool {
        slot == "count" || slot.hasPrefix("money:")
    }

    /// The value as a reader sees it: "47.8M", a range as "10M-100M", a date as written.
    static func shown(_ value: SlotValue, slot: String) -> String {
        if isFigure(slot), let low = value.low, let high = value.high { return figure(low) + "-" + figure(high) }
        return (isFigure(slot) ? Int64(value.value).map(figure) : nil) ?? value.value
    }

    static func describe(_ value: SlotValue, slot: String) -> String {
        let shown = shown(value, slot: slot)
        let unit = value.unit.map { " " + $0 } ?? ""
        let date = value.published.map { ", \($0)" } ?? ""
        return "\(shown)\(unit) (\(value.source.rawValue), \(value.file)\(date): \"\(shorten(value.quote))\")"
    }

    static func shorten(_ quote: String) -> String {
        let scalars = Array(quote.unicodeScalars)
        guard scalars.count > 90 else { return quote }
        return String(String.UnicodeScalarView(scalars[0..<87])) + "..."
    }

    static let phrases: [DiscrepancyKind: String] = [
        .claimedVsConfirmed: "Claimed vs confirmed",
        .revised: "Revised",
        .conflict: "Conflict",
        .unitMismatch: "Unit mismatch",
        .exposedVsDenied: "Exposed vs denied",
    ]

    /// The two values that show the difference best for the kind.
    static func pair(_ kind: DiscrepancyKind, _ values: [SlotValue]) -> (SlotValue, SlotValue)? {
        guard values.count >= 2 else { return nil }
        let numeric = values.filter { Int64($0.value) != nil }
        switch kind {
        case .revised:
            let first = values[0]
            // A derived total ("7.8M + 5.3M = 13.1M") says more than the addition it comes from.
            let changed = values.filter { $0.value != first.value }
            let last = changed.last { $0.qualifier == "sum" && $0.published == changed.last?.published } ?? changed.last ?? values[values.count - 1]
            return (first, last)
        case .claimedVsConfirmed:
            let claim = values.first { $0.source == .attacker || $0.stance != .confirmed } ?? values[0]
            let firm = values.first { $0.source != .attacker && $0.stance == .confirmed && $0.value != claim.value } ?? values[1]
            return (claim, firm)
        case .exposedVsDenied:
            let taken = values.first { $0.value != ExposureStatus.notExposed.rawValue } ?? values[0]
            let denied = values.first { $0.value == ExposureStatus.notExposed.rawValue } ?? values[1]
            return (taken, denied)
        case .unitMismatch:
            let first = values[0]
            return (first, values.first { $0.unit != first.unit || $0.value != first.value } ?? values[1])
        case .conflict:
            guard numeric.count >= 2 else {
                let first = values[0]
                return (first, values.first { $0.value != first.value } ?? values[1])
            }
            let low = numeric.min { Int64($0.value)! < Int64($1.value)! }!
            let high = numeric.max { Int64($0.value)! < Int64($1.value)! }!
            return (high, low)
        }
    }

    static func note(kind: DiscrepancyKind, slot: String, values: [SlotValue], remarks: [String]) -> String {
        var text = "\(phrases[kind]!) (\(slot))"
        if let (a, b) = pair(kind, values) {
            text += ": " + describe(a, slot: slot) + " vs " + describe(b, slot: slot)
        }
        let files = Set(values.map(\.file)).count
        if values.count > 2 { text += "; \(values.count) values in \(files) documents" }
        for remark in remarks { text += "; " + remark }
        return text
    }

    static func agreementNote(slot: String, values: [SlotValue], remarks: [String]) -> String {
        let texts = Array(Set(values.map { (value: SlotValue) -> String in
            let qualifier: String = value.qualifier.map { $0 == "exact" ? "" : $0.replacingOccurrences(of: "_", with: " ") + " " } ?? ""
            let unit: String = value.unit.map { " " + $0 } ?? ""
            return qualifier + Self.shown(value, slot: slot) + unit
        })).sorted()
        let files = Set(values.map(\.file)).count
        var text = "\(files) documents agree on \(slot): " + texts.joined(separator: ", ")
        for remark in remarks { text += "; " + remark }
        return text
    }
}
