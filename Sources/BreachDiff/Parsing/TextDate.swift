import Foundation

/// Finds dates written the ways pages and filings write them: "Jan. 19, 2023", "January 19, 2023",
/// "19 September 2017", "2023-01-19", "2023-01-19T16:04:31Z", "Aug 2021" (month precision).
enum TextDate {
    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// An ISO date or timestamp at the start of `text` ("2023-01-19", "2021-08-16T17:27:02-04:00").
    static func iso(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingSpaces()
        let prefix = String(trimmed.prefix(10))
        if let date = PartialDate(iso: prefix), prefix.count == 10 { return date }
        if let date = PartialDate(iso: String(trimmed.prefix(7))), trimmed.count == 7 { return date }
        return firstDate(in: trimmed, allowMonthOnly: true)
    }

    /// The first written date in `text` (only the first `limit` words are looked at).
    static func firstDate(in text: String, allowMonthOnly: Bool = false, limit: Int = 400) -> PartialDate? {
        var words: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "/" || $0 == "|" }) {
            words.append(word)
            if words.count >= limit { break }
        }
        for (index, word) in words.enumerated() {
            if word.count == 10 || (word.count > 10 && word.dropFirst(10).first == "T"),
               let date = PartialDate(iso: String(word.prefix(10))) {
                return date
            }
            if let month = month(word) {
                // Month day year
                if index + 2 < words.count, let day = number(words[index + 1], max: 31), let year = year(words[index + 2]),
                   day <= PartialDate.daysIn(month: month, year: year) {
                    return PartialDate(year: year, month: month, day: day)
                }
                // day Month year
                if index >= 1, index + 1 < words.count, let day = number(words[index - 1], max: 31),
                   let year = year(words[index + 1]), day <= PartialDate.daysIn(month: month, year: year) {
                    return PartialDate(year: year, month: month, day: day)
                }
                if allowMonthOnly, index + 1 < words.count, let year = year(words[index + 1]) {
                    return PartialDate(year: year, month: month)
                }
            }
        }
        return nil
    }

    private static func month(_ word: Substring) -> Int? {
        var key = word.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        guard key.count >= 3, key.count <= 9 else { return nil }
        return months[key]
    }

    private static func number(_ word: Substring, max: Int) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th", "."] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count) }
        guard (1...2).contains(digits.count), let value = Int(digits), (1...max).contains(value) else { return nil }
        return value
    }

    private static func year(_ word: Substring) -> Int? {
        var digits = word
        while let last = digits.last, !last.isNumber { digits = digits.dropLast() }
        guard digits.count == 4, let value = Int(digits), (1990...2100).contains(value) else { return nil }
        return value
    }
}
