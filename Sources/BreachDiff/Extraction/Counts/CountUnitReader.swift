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
        /// "65 million former ones": the noun is elided and is the previous figure's, ending
        /// before token `end`.
        case elided(end: Int)
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
            // "70 million AT&T customers": a name joined by an ampersand is one capitalised modifier,
            // even when its first part is a function word ("AT").
            if token.capitalized, position + 2 < tokens.count, tokens[position + 1].text == "&",
               !tokens[position + 1].spaced, !tokens[position + 2].spaced, tokens[position + 2].capitalized {
                position += 3
                continue
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
                    // "41 million customer payment card accounts": a unit noun a few words on is
                    // the head, and the singular noun only one of its modifiers.
                    guard laterHead(in: tokens, after: position) else { return .other }
                    position += 1
                    continue
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
            if let first = unit, token.text == "and" || token.text == "or",
               let (other, otherEnd) = coordinatedHead(tokens, after: position) {
                unit = (joined(first.0, other), first.1)
                end = otherEnd
                break
            }
            // "7 million current members and 20 million former ones": "ones" repeats the noun
            // of the figure before, and so does "others" ("5 million members and 1 million others").
            if unit == nil, token.text == "ones" || token.text == "others" { return .elided(end: position + 1) }
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

    /// Whether a plural unit noun follows within three words, with no stop word, number or
    /// symbol between ("customer payment card accounts"; not "consumer class-action lawsuits").
    static func laterHead(in tokens: [TextToken], after index: Int) -> Bool {
        var position = index + 1
        while position < tokens.count, position <= index + 3, tokens[position].kind == .word {
            let word = tokens[position].text
            if CountVocabulary.stopWords.contains(word) || CountVocabulary.otherNouns.contains(word) { return false }
            if let unit = CountVocabulary.units[word], word.hasSuffix("s") || unit == word { return true }
            position += 1
        }
        return false
    }

    /// "riders and drivers", "customers and former employees": the second head noun of a
    /// coordination (a few modifiers may precede it), and the token after it.
    static func coordinatedHead(_ tokens: [TextToken], after conjunction: Int) -> (String, Int)? {
        var position = conjunction + 1
        while position < tokens.count, position <= conjunction + 3, tokens[position].kind == .word {
            let word = tokens[position].text
            if DataItemPhrase.match(in: tokens, at: position) != nil { return nil }
            if let noun = CountVocabulary.units[word] { return (noun, position + 1) }
            guard CountVocabulary.modifiers.contains(word) else { return nil }
            position += 1
        }
        return nil
    }

    /// The unit of two coordinated heads. A figure over two groups counts neither alone when the
    /// groups differ in kind: both sides of a marketplace ("riders and drivers", "buyers and
    /// sellers") are its users, and staff next to the customer base ("customers and employees") are
    /// people. A group and its prospects or a subgroup ("customers or applicants") keep the first.
    static func joined(_ first: String, _ second: String) -> String {
        guard first != second else { return first }
        if platformSides.contains(first) && platformSides.contains(second) { return "users" }
        if staffUnits.contains(first) != staffUnits.contains(second), !thingUnits.contains(first),
           !thingUnits.contains(second) { return "people" }
        return first
    }

    /// Units that count things rather than people.
    static let thingUnits: Set<String> = [
        "accounts", "records", "profiles", "repositories", "devices", "logins", "households",
    ]

    /// A company's own staff, a population apart from its customers.
    static let staffUnits: Set<String> = ["employees", "workers", "contractors", "retirees", "pensioners"]

    /// The groups that use a marketplace from either side.
    static let platformSides: Set<String> = [
        "users", "riders", "drivers", "buyers", "sellers", "merchants", "hosts", "guests", "shoppers", "passengers",
    ]

    /// "8 million are customers of other plans": a bare figure whose verb names the unit.
    static func copula(_ tokens: [TextToken], at index: Int) -> Reading? {
        guard index + 1 < tokens.count, tokens[index].isWord("are") || tokens[index].isWord("were"),
              case .unit(let unit, let dataType, let end) = read(tokens, after: index + 1) else { return nil }
        return .unit(unit, dataType, end: end)
    }

    /// The unit of a partitive after a bare number: "of these guests", "of its users".
    static func partitive(_ tokens: [TextToken], at index: Int) -> Reading? {
        // "“tens of millions” of records": a closing quotation mark may stand before the "of".
        var start = index
        while start < tokens.count, tokens[start].kind == .symbol, CountQualifierReader.quotes.contains(tokens[start].text) {
            start += 1
        }
        guard start < tokens.count, tokens[start].isWord("of") else { return nil }
        var position = start + 1
        while position < tokens.count, position < start + 9 {
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
