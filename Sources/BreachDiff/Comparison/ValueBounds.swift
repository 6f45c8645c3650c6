/// The interval of numbers a figure allows once its wording is taken into account, and the
/// compatibility test behind agreements and conflicts.
///
/// Point figures ("37 million", "approximately 37 million") allow ±0.3 % so that writers'
/// rounding of the same figure agrees ("£99 million" and "£99,200,936") while two distinct
/// statements ("5.25 million" and "5.3 million") do not. Lower bounds ("more than", "at least")
/// are read as "a little more", up to +20 %; upper bounds ("up to", "fewer than") reach down to 0.
struct ValueBounds: Equatable {
    var low: Double
    var high: Double

    static let pointTolerance = 0.003
    static let lowerBoundReach = 1.2
    static let nearlyReach = 0.9

    init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    init(_ count: CountFact) {
        let value = Double(count.value)
        switch count.qualifier {
        case .exact, .approximately:
            self.init(low: value * (1 - Self.pointTolerance), high: value * (1 + Self.pointTolerance))
        case .moreThan, .atLeast:
            self.init(low: value, high: value * Self.lowerBoundReach)
        case .upTo, .fewerThan:
            self.init(low: 0, high: value)
        case .nearly:
            self.init(low: value * Self.nearlyReach, high: value)
        case .range:
            self.init(low: Double(count.low ?? count.value), high: Double(count.high ?? count.value))
        }
    }

    init(point value: Int64) {
        let number = Double(value)
        self.init(low: number * (1 - Self.pointTolerance), high: number * (1 + Self.pointTolerance))
    }

    func overlaps(_ other: ValueBounds) -> Bool {
        low <= other.high && other.low <= high
    }

    /// Two point values the same after rounding (used for revisions, where bounds do not excuse a change).
    static func samePoint(_ lhs: Int64, _ rhs: Int64) -> Bool {
        let a = Double(lhs), b = Double(rhs)
        return abs(a - b) <= max(a, b) * pointTolerance
    }

    /// One figure is the other times a thousand or a million: a slipped scale word.
    static func isScaleSlip(_ lhs: Int64, _ rhs: Int64) -> Bool {
        let small = Double(min(lhs, rhs)), large = Double(max(lhs, rhs))
        guard small > 0 else { return false }
        return [1_000.0, 1_000_000.0].contains { abs(large / small - $0) <= $0 * pointTolerance }
    }
}
