/// How much of a date is known.
public enum DatePrecision: String, Sendable, Codable, Hashable {
    case day, month, year
}

/// A calendar date known to the day, the month or only the year ("2023-01-05", "2022-11", "2021").
///
/// Ordered chronologically, with a less precise date sorting before the more precise ones it contains.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]),
                  (1...PartialDate.daysIn(month: month!, year: year)).contains(value) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    public var precision: DatePrecision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var text = String(format4: year)
        if let month { text += "-" + String(format2: month) }
        if let day { text += "-" + String(format2: day) }
        return text
    }

    /// Whether `other` lies within this date (2021-08 contains 2021-08-17).
    public func contains(_ other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        if let month, month != other.month { return false }
        if let day, day != other.day { return false }
        return true
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    init(format4 value: Int) {
        let digits = String(value)
        let padding = Swift.max(0, 4 - digits.utf8.count)
        self = String(repeating: "0", count: padding) + digits
    }

    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
