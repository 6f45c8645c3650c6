/// Reads the dates a filing prints on its cover: "January 19, 2023", "Jan. 19, 2023",
/// "19 January 2023", "2023-01-19", "01/19/2023".
enum FilingDate {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// A token of a date: a word or a run of digits, with the separator that follows it.
    struct Token {
        var text: String
        var isNumber: Bool
        var separator: String
    }

    /// The first full date (day, month and year) in the text.
    static func first(in text: String) -> PartialDate? {
        let tokens = tokenize(text)
        for index in tokens.indices {
            if let date = date(at: index, in: tokens) { return date }
        }
        return nil
    }

    static func date(at index: Int, in tokens: [Token]) -> PartialDate? {
        func number(_ offset: Int) -> Int? {
            guard index + offset < tokens.count, tokens[index + offset].isNumber else { return nil }
            return Int(tokens[index + offset].text)
        }
        let token = tokens[index]
        if let month = months[token.text.lowercased()] {
            // "January 19, 2023", "Jan. 19 2023"
            if let day = number(1), let year = number(2), tokens[index + 2].text.count == 4 {
                return make(year: year, month: month, day: day)
            }
            return nil
        }
        guard token.isNumber, let first = Int(token.text) else { return nil }
        if index + 1 < tokens.count, let month = months[tokens[index + 1].text.lowercased()],
           let year = number(2), tokens[index + 2].text.count == 4 {
            return make(year: year, month: month, day: first)
        }
        if token.text.count == 4, token.separator == "-", let month = number(1), let day = number(2),
           tokens[index + 1].separator == "-" {
            return make(year: first, month: month, day: day)
        }
        if token.text.count <= 2, token.separator == "/", let day = number(1), tokens[index + 1].separator == "/",
           let year = number(2), tokens[index + 2].text.count == 4 {
            return make(year: year, month: first, day: day)
        }
        if token.text.count == 8, let compact = SubmissionHeader.compactDate(token.text) { return compact }
        return nil
    }

    static func make(year: Int, month: Int, day: Int) -> PartialDate? {
        guard (1900...2100).contains(year), (1...12).contains(month),
              (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var currentIsNumber = false
        var separator = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(Token(text: String(current), isNumber: currentIsNumber, separator: ""))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            let isLetter = scalar.isASCII && scalar.properties.isAlphabetic
            if isDigit || isLetter {
                if !current.isEmpty, currentIsNumber != isDigit { flush() }
                if current.isEmpty, !separator.isEmpty, !tokens.isEmpty {
                    tokens[tokens.count - 1].separator = String(separator)
                }
                if current.isEmpty { separator = String.UnicodeScalarView() }
                current.append(scalar)
                currentIsNumber = isDigit
            } else {
                flush()
                if !FilingLine.isSpace(scalar) { separator.append(scalar) }
            }
        }
        flush()
        return tokens
    }
}
