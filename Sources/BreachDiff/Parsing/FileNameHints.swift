/// What a researcher's file-naming habit tells: `2023-01-19_sec-8k_item8-01.txt` is an SEC
/// filing of 2023-01-19. Used only when the document itself does not say.
public enum FileNameHints {
    /// A leading `YYYY-MM-DD` or `YYYY-MM` in the file name.
    public static func date(of name: String) -> PartialDate? {
        let scalars = Array(name.unicodeScalars.prefix(10))
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var value = 0
            for index in range {
                guard let digit = scalars[index].properties.numericType != nil ? Int(String(scalars[index])) : nil else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = digits(0..<4), (1990...2100).contains(year) else { return nil }
        guard scalars.count > 4, scalars[4] == "-", let month = digits(5..<7), (1...12).contains(month) else {
            return nil
        }
        if scalars.count >= 10, scalars[7] == "-", let day = digits(8..<10),
           (1...PartialDate.daysIn(month: month, year: year)).contains(day) {
            return PartialDate(year: year, month: month, day: day)
        }
        return PartialDate(year: year, month: month)
    }

    /// A kind word among the name's `_`-separated tokens (`sec-8k`, `press-release`, `news`, ...).
    public static func kind(of name: String) -> DocumentKind? {
        let tokens = name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "." })
        // An exhibit 99 is the company's press release, even when the name also says `sec-8k`.
        if tokens.contains(where: { $0.hasPrefix("ex99") || $0.hasPrefix("ex-99") }) { return .pressRelease }
        for token in tokens {
            if token.hasPrefix("sec-") || token == "8-k" || token == "8k" || token == "10-k" { return .secFiling }
            if token == "press-release" || token == "ex99" || token == "ex-99" { return .pressRelease }
            if token == "company-notice" || token == "notice" { return .companyNotice }
            if let kind = DocumentKind(rawValue: String(token)), kind != .unknown { return kind }
        }
        return nil
    }
}
