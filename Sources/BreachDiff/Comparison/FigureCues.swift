/// Cues about one figure inside a quote that may hold several: which country the figure itself
/// is about, and whether an amount of money is only a forecast.
///
/// Extracted quotes are often whole clauses ("100 million individuals in the United States and
/// approximately 6 million in Canada"), so the countries of the quote are not the countries of
/// each figure. The figure is located by its value and takes the country named between it and
/// the next figure (all of them), else the last one named between the previous figure and it.
enum FigureCues {
    /// A word of the quote, with its original spelling and its lower-case form.
    struct Token {
        var text: String
        var lower: String
    }

    static func tokens(_ quote: String) -> [Token] {
        var result: [Token] = []
        var current = ""
        let flush = {
            // Trailing sentence punctuation is not part of the word ("Canada." "1,000,").
            while let last = current.unicodeScalars.last, last == "." || last == "," { current.unicodeScalars.removeLast() }
            if !current.isEmpty { result.append(Token(text: current, lower: current.lowercased())) }
            current = ""
        }
        for scalar in quote.unicodeScalars {
            // Grouping commas and decimal points stay inside a figure ("140,000", "5.25"): split
            // at the point, "5.25 million" would read as 25 million.
            let afterDigit = current.unicodeScalars.last.map({ ("0"..."9").contains($0) }) == true
            if CharacterSetLite.isWordScalar(scalar) || (scalar == "," || scalar == ".") && afterDigit {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "hundred": 100,
    ]
    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
        "billion": 1e9, "billions": 1e9, "b": 1e9, "bn": 1e9,
    ]

    /// The value a token starts, with the scale word after it: "6 million", "140,000", "$500M", "six million".
    static func value(at index: Int, _ tokens: [Token]) -> Double? {
        var word = tokens[index].lower
        if word.hasPrefix("$") || word.hasPrefix("£") || word.hasPrefix("€") { word.removeFirst() }
        var suffixScale = 1.0
        if let last = word.last, word.count > 1, word.first!.isNumber, let scale = scales[String(last)] {
            suffixScale = scale
            word.removeLast()
        }
        let base = Double(word.replacingOccurrences(of: ",", with: "")) ?? numberWords[word]
        guard let base else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        return base * suffixScale * (suffixScale == 1 ? scales[next] ?? 1 : 1)
    }

    /// Country mentions of the quote by token index ("North America" is one mention of us+ca).
    static func countryMentions(_ tokens: [Token]) -> [(index: Int, countries: Set<String>)] {
        var mentions: [(Int, Set<String>)] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index], next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            if token.lower == "north", next.hasPrefix("america") {
                mentions.append((index, ["us", "ca"]))
                index += 2
                continue
            }
            if token.lower == "united", next == "states" || next == "kingdom" {
                mentions.append((index, [next == "states" ? "us" : "uk"]))
                index += 2
                continue
            }
            // "US" only in capitals: lower-case "us" is the pronoun.
            if ["US", "U.S", "U.S."].contains(token.text) {
                mentions.append((index, ["us"]))
            } else if token.lower != "us", let country = QuoteCues.countryWords[token.lower] {
                mentions.append((index, [country]))
            }
            index += 1
        }
        return mentions
    }

    /// The countries a figure of the quote is about, when the quote names more than one country
    /// and the figure can be found in it; nil otherwise (the quote's countries apply).
    static func countries(of figure: Int64, in quote: String) -> Set<String>? {
        let tokens = tokens(quote)
        let mentions = countryMentions(tokens)
        guard Set(mentions.map { $0.countries.sorted().joined(separator: "+") }).count > 1 else { return nil }
        let numbers = tokens.indices.filter { value(at: $0, tokens) != nil && !QuoteCues.countryWords.keys.contains(tokens[$0].lower) }
        guard let position = numbers.first(where: { ValueBounds.samePoint(Int64(value(at: $0, tokens)!), figure) }) else { return nil }
        let next = numbers.first { $0 > position } ?? tokens.count
        let previous = numbers.last { $0 < position } ?? -1
        // Every country between the figure and the next one: "209,000 U.S. and Canadian consumers".
        let after = mentions.filter { $0.index > position && $0.index < next }
        if !after.isEmpty { return after.reduce(into: Set<String>()) { $0.formUnion($1.countries) } }
        if let before = mentions.last(where: { $0.index < position && $0.index > previous }) { return before.countries }
        return nil
    }

    /// An amount that is only an expectation or a range of possibilities ("could cost up to $500
    /// million", "expects the breach to cost $100 million to $150 million", "between ... and"),
    /// not an amount paid, agreed or imposed.
    static func isForecast(_ quote: String) -> Bool {
        let words = QuoteCues.words(quote)
        if words.contains(where: forecastWords.contains) { return true }
        return QuoteCues.containsSequence(words, ["up", "to"]) || QuoteCues.containsSequence(words, ["as", "much", "as"])
            || QuoteCues.containsSequence(words, ["as", "high", "as"])
    }

    /// The status words (`QuoteCues.statusWords`) of a figure's own part of a quote with several
    /// figures: those between it and the next figure, else those between the previous figure and it
    /// ("5.3 million unencrypted passport numbers and 8.6 million encrypted card numbers": the
    /// 5.3 million are unencrypted only). nil when the quote holds one figure or the figure is not found.
    static func statuses(of figure: Int64, in quote: String) -> Set<String>? {
        let tokens = tokens(quote)
        let numbers = tokens.indices.filter { value(at: $0, tokens) != nil }
        guard numbers.count > 1,
              let position = numbers.first(where: { ValueBounds.samePoint(Int64(value(at: $0, tokens)!), figure) }) else { return nil }
        let next = numbers.first { $0 > position } ?? tokens.count
        let previous = numbers.last { $0 < position } ?? -1
        let words = { (range: Range<Int>) in Set(tokens[range].map(\.lower).filter { QuoteCues.statusWords.contains($0) }) }
        let after = words((position + 1)..<max(position + 1, next))
        return after.isEmpty ? words((previous + 1)..<position) : after
    }

    /// A modal before the figure ("a breach that may impact more than 100 million users"): the
    /// speaker offers a possibility, not a count. Case matters: "May 2021" is a month.
    static func isHedged(_ quote: String) -> Bool {
        let words = quote.unicodeScalars.split { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }.map { String($0) }
        guard let figure = words.firstIndex(where: { $0.first?.isNumber == true || hedgeNumberWords.contains($0.lowercased()) }) else { return false }
        return words[..<figure].contains { hedges.contains($0) }
    }

    static let hedges: Set<String> = ["may", "might", "could"]
    static let hedgeNumberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
    ]

    /// "records of former or prospective customers", "records belonging to people": each record is
    /// one person, so the figure counts people.
    static func isRecordsOfPeople(_ quote: String) -> Bool {
        let words = QuoteCues.words(quote)
        guard let records = words.firstIndex(where: { ["records", "rows", "entries"].contains($0) }),
              records + 1 < words.count, ["of", "belonging", "about", "on"].contains(words[records + 1]) else { return false }
        return words[(records + 1)..<min(words.count, records + 8)].contains { SlotEntry.comparable(SlotEntry.unitGroup($0)) == "affected" }
    }

    static let forecastWords: Set<String> = [
        "could", "might", "expects", "expected", "expect", "estimates", "estimated", "projected",
        "forecast", "potential", "potentially", "between",
    ]
}
