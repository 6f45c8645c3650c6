/// Finds what a number counts: the head noun after it ("7.8 million current postpaid customer
/// accounts"), a partitive ("327 million of these guests") or nothing at all ("6 million in Canada").
enum CountUnitReader {
    /// What follows a number.
    enum Reading: Equatable {
        /// A unit noun (and the data type of a counted data item), ending before token `end`.
        case unit(String, DataTypeKey?, end: Int)
        /// No noun: the sentence goes on with a preposition, verb or punctuation.
        case bare
        /// A noun that is not an affected population ("24 hours", "31 countries").
        case other
    }

    /// Determiners skipped in a partitive ("of its users", "of the approximately three billion accounts").
    static let determiners: Set<String> = ["the", "these", "those", "its", "their", "our", "his", "her", "all", "whom", "them"]

    /// The reading of the tokens from `index` on.
    static func read(_ tokens: [TextToken], after index: Int) -> Reading {
        var position = index
        var unknown = 0
        var unit: (String, DataTypeKey?)?
        var end = index
        while position < tokens.count, position < index + 8 {
            let token = tokens[position]
            if token.kind == .symbol {
                if CountQualifierReader.quotes.contains(token.text) {
                    position += 1
                    continue
                }
                break
            }
            if token.kind == .number { break }
            if let item = DataItemPhrase.match(in: tokens, at: position) {
                if unit == nil {
                    unit = (item.phrase.unit, item.phrase.dataType)
                    end = item.end
                }
                break
            }
            if let noun = CountVocabulary.units[token.text] {
                // A singular unit noun used as an adjective before another noun
                // ("41 consumer class-action lawsuits") counts that other noun, not people.
                if noun != token.text, noun != "people", !token.text.hasSuffix("s"), position + 1 < tokens.count,
                   tokens[position + 1].kind == .word, CountVocabulary.units[tokens[position + 1].text] == nil,
                   !CountVocabulary.stopWords.contains(tokens[position + 1].text),
                   DataItemPhrase.match(in: tokens, at: position + 1) == nil {
                    return .other
                }
                // The last of adjacent unit nouns is the head: "customer accounts", "guest records".
                unit = (noun, nil)
                end = position + 1
                position += 1
                continue
            }
            // "former or prospective customers", "postpaid and prepaid customer accounts": a
            // conjunction between modifiers stays inside the noun phrase.
            if unit == nil, token.text == "or" || token.text == "and", position > index, position + 1 < tokens.count,
               CountVocabulary.modifiers.contains(tokens[position - 1].text),
               CountVocabulary.modifiers.contains(tokens[position + 1].text) || tokens[position + 1].capitalized {
                position += 1
                continue
            }
            if unit != nil || CountVocabulary.stopWords.contains(token.text) { break }
            if CountVocabulary.otherNouns.contains(token.text) { return .other }
            if CountVocabulary.modifiers.contains(token.text) || token.capitalized {
                position += 1
                continue
            }
            unknown += 1
            if unknown > 2 { break }
            position += 1
        }
        if let unit { return .unit(unit.0, unit.1, end: end) }
        return unknown == 0 ? .bare : .other
    }

    /// The unit of a partitive after a bare number: "of these guests", "of its users".
    static func partitive(_ tokens: [TextToken], at index: Int) -> Reading? {
        guard index < tokens.count, tokens[index].isWord("of") else { return nil }
        var position = index + 1
        while position < tokens.count, position < index + 9 {
            let token = tokens[position]
            if token.kind == .word, determiners.contains(token.text) || CountVocabulary.modifiers.contains(token.text)
                || NumberWords.scales[token.text] != nil || NumberWords.spelled(token.text) != nil
                || ["approximately", "about", "roughly", "around", "estimated", "an", "a"].contains(token.text) {
                position += 1
                continue
            }
            if token.kind == .number {
                position += 1
                continue
            }
            guard token.kind == .word else { return nil }
            if case .unit(let unit, let dataType, let end) = read(tokens, after: position) {
                return .unit(unit, dataType, end: end)
            }
            return nil
        }
        return nil
    }

    /// The unit named by "the number of guest records" or "total number of consumers" anywhere in
    /// the sentence, for a bare figure that reports it.
    static func numberOf(_ tokens: [TextToken]) -> (String, DataTypeKey?)? {
        var position = 0
        while position + 2 < tokens.count {
            if tokens[position].isWord("number"), tokens[position + 1].isWord("of"),
               case .unit(let unit, let dataType, _) = read(tokens, after: position + 2) {
                return (unit, dataType)
            }
            position += 1
        }
        return nil
    }
}
