/// A line that opens one or more items: "ITEM 1.05. Material Cybersecurity Incidents",
/// "Items 7.01 and 8.01 Regulation FD Disclosure; Other Events", "Item 2.02" (title in the next cell).
struct ItemHeading: Equatable {
    /// Normalised numbers: "1.05", "1A", "9A(T)", "5".
    var numbers: [String]
    /// The cleaned title; empty when the line ends after the number.
    var title: String

    /// How a heading line is told from a sentence that merely starts with "Item".
    ///
    /// The line must start with "Item"/"Items" and a number. What follows must be nothing (the
    /// title sits in the next line or table cell), a known title of that number, or a short
    /// title-like phrase. A lower-case continuation ("Item 2.02 of this report") or a comma
    /// ("Item 1A, Risk Factors, describes") marks a cross-reference.
    init?(parsing line: FilingLine) {
        let scalars = line.scalars
        // The first scalar turns away almost every line before the prefix walk (this runs for
        // every line of every filing).
        guard let first = scalars.first, first == "i" || first == "I", line.hasPrefix("item") else { return nil }
        var index = 4
        if index < scalars.count, FilingLine.lower(scalars[index]) == "s" { index += 1 }
        guard index < scalars.count, FilingLine.isSpace(scalars[index]) else { return nil }
        var numbers: [String] = []
        while true {
            while index < scalars.count, FilingLine.isSpace(scalars[index]) { index += 1 }
            guard let (number, next) = Self.number(in: scalars, at: index) else { break }
            numbers.append(number)
            index = next
            // "Items 7.01 and 8.01", "Items 2.02, 7.01 and 9.01", "Items 5.02 & 9.01".
            var probe = index
            while probe < scalars.count, FilingLine.isSpace(scalars[probe]) || scalars[probe] == "," { probe += 1 }
            if probe + 3 < scalars.count, FilingLine.lower(scalars[probe]) == "a", FilingLine.lower(scalars[probe + 1]) == "n",
               FilingLine.lower(scalars[probe + 2]) == "d", FilingLine.isSpace(scalars[probe + 3]) {
                probe += 3
            } else if probe < scalars.count, scalars[probe] == "&" {
                probe += 1
            }
            var digit = probe
            while digit < scalars.count, FilingLine.isSpace(scalars[digit]) { digit += 1 }
            guard probe > index, digit < scalars.count, ("0"..."9").contains(scalars[digit]) else { break }
            index = probe
        }
        guard !numbers.isEmpty else { return nil }
        // A comma right after the number is a cross-reference ("Item 1A, Risk Factors, ...").
        if index < scalars.count, scalars[index] == "," { return nil }
        while index < scalars.count, Self.isSeparator(scalars[index]) { index += 1 }
        let rest = scalars[index...]
        guard let title = Self.title(from: rest, numbers: numbers) else { return nil }
        self.numbers = numbers
        self.title = title
    }

    /// Punctuation and space between the number and the title.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        FilingLine.isSpace(scalar) || ".:-\u{2013}\u{2014}|".unicodeScalars.contains(scalar)
    }

    /// Reads "1.05", "1A", "9A(T)", "12", "9.01(d)" (the paragraph letter is dropped).
    static func number(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start
        var text = String.UnicodeScalarView()
        while index < scalars.count, ("0"..."9").contains(scalars[index]), text.count < 2 {
            text.append(scalars[index])
            index += 1
        }
        guard !text.isEmpty, index >= scalars.count || !("0"..."9").contains(scalars[index]) else { return nil }
        var decimal = false
        if index + 2 < scalars.count, scalars[index] == ".", ("0"..."9").contains(scalars[index + 1]),
           ("0"..."9").contains(scalars[index + 2]) {
            text.append(contentsOf: scalars[index...(index + 2)])
            index += 3
            decimal = true
            guard index >= scalars.count || !("0"..."9").contains(scalars[index]) else { return nil }
        } else if index < scalars.count, ("A"..."D").contains(scalars[index]) || ("a"..."d").contains(scalars[index]) {
            // 10-K "1A", "7A": the letter must not begin a word ("Item 1Business" is no number).
            let after = index + 1
            if after >= scalars.count || !scalars[after].properties.isAlphabetic {
                text.append(Unicode.Scalar(scalars[index].value & ~0x20)!)
                index += 1
            }
        }
        // "(T)" marks the temporary 10-K item 9A(T); "(a)"-"(d)" after an 8-K item is a paragraph reference.
        if index + 2 < scalars.count, scalars[index] == "(", scalars[index + 2] == ")" {
            let letter = scalars[index + 1]
            if !decimal, letter == "T" {
                text.append(contentsOf: "(T)".unicodeScalars)
                index += 3
            } else if ("a"..."d").contains(letter) {
                index += 3
            }
        }
        let value = String(text)
        guard Self.isPlausible(value, decimal: decimal) else { return nil }
        return (value, index)
    }

    static func isPlausible(_ number: String, decimal: Bool) -> Bool {
        if decimal {
            return KnownItemTitles.byNumber[number] != nil || number.first.map { ("1"..."9").contains($0) } == true
        }
        let digits = number.prefix { $0.isNumber }
        guard let value = Int(digits) else { return false }
        return (1...16).contains(value)
    }
}
