/// Decides whether one number mention is an affected-population count and reads its fields.
struct CountReading {
    var fact: CountFact
    /// Tokens that state the count (qualifier, number, unit), for the clause span.
    var core: Range<Int>
    /// Tokens used up, when the count reads past the mention (the base of a percentage).
    var consumed: Int

    /// Verbs and nouns of money just before a bare figure ("pay 190 million"): not a count.
    static let moneyCues: Set<String> = [
        "pay", "paid", "pays", "paying", "cost", "costs", "fine", "fined", "penalty", "worth", "valued",
        "revenue", "revenues", "spend", "spent", "invest", "invested", "raised", "charge", "settle",
        "settlement", "price", "sale", "sold",
    ]

    /// The count `mention` states, or nil when it is something else.
    ///
    /// `continuation` gives the tokens of the next sentence of the same block, read only when the
    /// sentence ends on an abbreviation right after the figure ("9 million U." + "S. consumers"
    /// from a splitter that cut at "U.S.").
    static func read(_ mention: NumberMention, in tokens: [TextToken], lastUnit: String?,
                     continuation: () -> [TextToken]? = { nil }) -> CountReading? {
        let first = mention.firstToken
        // A vague quantity ("tens of millions of records", "hundreds of thousands") is read: it is
        // a range of one order of magnitude (`range`, low..high), which is what the source stated.
        guard !mention.glued else { return nil }
        if CurrencyReader.before(tokens, first) != nil || CurrencyReader.after(tokens, mention.endToken) != nil {
            return nil
        }
        if first > 0 {
            let previous = tokens[first - 1]
            if previous.kind == .word, CountVocabulary.labelWords.contains(previous.text) { return nil }
            // "#3", "v.2", and a section reference ("§240.12b-2", "§ 230.425") are labels.
            if previous.isSymbol("#") || previous.isSymbol("\u{00A7}") || (previous.isSymbol(".") && !previous.spaced) { return nil }
            // "$280K" is read as a currency; "~$" leaves a "~" before the "$", handled above.
        }
        if mention.percent { return percentage(mention, in: tokens) }
        if mention.yearLike {
            let previousWord = first > 0 ? tokens[first - 1].text : ""
            guard !CountVocabulary.yearPrepositions.contains(previousWord),
                  case .unit = CountUnitReader.read(tokens, after: mention.endToken) else { return nil }
        }
        let (qualifier, qualifierStart) = CountQualifierReader.read(in: tokens, before: first)
        if isBase(tokens, before: qualifierStart) { return nil }
        // "a sample of 10 rows", "samples of about 1,000 records": the size of a sample a seller
        // shows, not the population the breach reached.
        if qualifierStart >= 2, tokens[qualifierStart - 1].isWord("of"),
           ["sample", "samples"].contains(tokens[qualifierStart - 2].text.lowercased()) { return nil }
        if SampleLabel.labels(tokens, before: qualifierStart) { return nil }

        var unit: String
        var dataType: DataTypeKey?
        var coreEnd = mention.endToken
        switch CountUnitReader.read(tokens, after: mention.endToken) {
        case .other:
            return nil
        case .elided(let end):
            // The previous figure of the document gives the noun; with none, "ones" says nothing.
            guard let lastUnit else { return nil }
            unit = lastUnit
            coreEnd = end
        case .unit(let noun, let type, let end):
            if servedBy(tokens, at: end) { return nil }
            unit = noun
            dataType = type
            coreEnd = end
        case .bare:
            guard mention.scaled || mention.vague || (mention.grouped && mention.value >= 1_000) else { return nil }
            if followsMoneyCue(tokens, before: qualifierStart) { return nil }
            if followsLevelCue(tokens, before: qualifierStart) { return nil }
            if MarketQuote.follows(tokens, after: mention.endToken) { return nil }
            // "gender of 27.3 million": a bare figure after "X of" counts only when X is a data item.
            if qualifierStart > 0, tokens[qualifierStart - 1].isWord("of"), qualifierStart >= 2,
               !DataItemPhrase.ends(in: tokens, at: qualifierStart - 1),
               // "an earlier estimate of up to 80 million": an estimate or tally of the same population.
               !["data", "information", "details", "records", "accounts", "total", "population", "estimate",
                 "tally"]
                .contains(tokens[qualifierStart - 2].text) { return nil }
            if endsOnAbbreviation(tokens, after: mention.endToken), let next = continuation(),
               case .unit(let noun, let type, _) = CountUnitReader.read(next, after: 0) {
                unit = noun
                dataType = type
            } else if let partitive = CountUnitReader.partitive(tokens, at: mention.endToken),
               case .unit(let noun, let type, let end) = partitive {
                unit = noun
                dataType = type
                coreEnd = end
            } else if let copula = CountUnitReader.copula(tokens, at: mention.endToken),
               case .unit(let noun, let type, _) = copula {
                // The core stays the figure: "are" and its noun describe it, they do not qualify it.
                unit = noun
                dataType = type
            } else if let named = CountUnitReader.numberOf(tokens) {
                unit = named.0
                dataType = named.1
            } else if !(qualifierStart > 0 && tokens[qualifierStart - 1].isWord("of")),
                      let item = lastDataItem(in: tokens, before: qualifierStart) {
                // "most Social Security numbers were protected, but about 140,000 were compromised":
                // a bare figure after a data item in the same sentence counts those items; in
                // "Social Security numbers of 145.5 million" the figure counts people instead.
                unit = item.unit
                dataType = item.dataType
            } else {
                unit = lastUnit ?? "people"
            }
        }
        // "10 sample rows": a sample's size, as "a sample of 10 rows" above.
        if (mention.endToken..<coreEnd).contains(where: { ["sample", "samples"].contains(tokens[$0].text.lowercased()) }) {
            return nil
        }
        var fact = CountFact(value: mention.value, unit: unit, qualifier: qualifier, dataType: dataType)
        if mention.isRange || mention.vague {
            fact.qualifier = .range
            fact.low = mention.low
            fact.high = mention.high
        } else if mention.plus, fact.qualifier == .exact {
            fact.qualifier = .moreThan
        } else if fact.qualifier == .exact || fact.qualifier == .approximately,
                  statesUpperLimit(tokens, near: qualifierStart..<coreEnd) {
            fact.qualifier = .upTo
        }
        return CountReading(fact: fact, core: qualifierStart..<coreEnd, consumed: mention.endToken)
    }

    /// "69 million people served by its companies", "37 million members enrolled in its plans":
    /// a participle right after the unit makes the figure the company's size.
    static func servedBy(_ tokens: [TextToken], at end: Int) -> Bool {
        guard end < tokens.count, tokens[end].kind == .word else { return false }
        return ["served", "insured", "enrolled"].contains(tokens[end].text)
    }

    /// Words that may stand between a money noun or verb and its bare amount: "the fine should
    /// have been 10 million", "a penalty of 2 million", "paid 190 million".
    static let moneyLinks: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "should", "would", "could",
        "will", "of", "totaling", "totalling", "totaled", "totalled", "amounting", "amounted", "to", "at",
    ]

    /// A bare figure whose nearest content word before it is a money cue, across auxiliaries.
    static func followsMoneyCue(_ tokens: [TextToken], before start: Int) -> Bool {
        var position = start - 1
        var steps = 0
        while position >= 0, steps < 5, tokens[position].kind == .word {
            let word = tokens[position].text
            if moneyCues.contains(word) { return true }
            guard moneyLinks.contains(word) else { return false }
            position -= 1
            steps += 1
        }
        return false
    }

    /// "the index closes at record 23,590", "shares closed at 1,204": a bare figure after a
    /// market verb or "record" is a level, not a population.
    static func followsLevelCue(_ tokens: [TextToken], before start: Int) -> Bool {
        var position = start - 1
        var steps = 0
        while position >= 0, steps < 3, tokens[position].kind == .word {
            let word = tokens[position].text
            if ["record", "closes", "closed", "closing", "opened", "opens", "index"].contains(word) { return true }
            guard ["at", "a", "new", "of", "to"].contains(word) else { return false }
            position -= 1
            steps += 1
        }
        return false
    }

    /// The last data item phrase that ends before token `end` in the sentence, when no other count
    /// stands between it and the figure.
    static func lastDataItem(in tokens: [TextToken], before end: Int) -> DataItemPhrase? {
        var found: DataItemPhrase?
        var index = 0
        while index < end {
            if tokens[index].kind == .number { found = nil }
            if let match = DataItemPhrase.match(in: tokens, at: index), match.end <= end {
                found = match.phrase
                index = match.end
                continue
            }
            index += 1
        }
        return found
    }

    /// Whether only modifiers follow the figure and the sentence ends on a dotted abbreviation.
    static func endsOnAbbreviation(_ tokens: [TextToken], after index: Int) -> Bool {
        guard let last = tokens.last, index < tokens.count, last.kind == .word || last.isSymbol(".") else { return false }
        let words = tokens[index...].filter { $0.kind == .word }
        guard let final = words.last, final.text.contains(".") || last.isSymbol(".") else { return false }
        return words.allSatisfy { CountVocabulary.modifiers.contains($0.text) || $0.capitalized }
            && tokens[index...].allSatisfy { $0.kind == .word || $0.isSymbol(".") }
    }

    /// "which has more than 100 million customers", "serves 65 million", "having a total of":
    /// the company's size, not the breach.
    static func isBase(_ tokens: [TextToken], before index: Int) -> Bool {
        var position = index - 1
        var steps = 0
        while position >= 0, steps < 6, tokens[position].kind == .word {
            let word = tokens[position].text
            if CountVocabulary.baseVerbs.contains(word) { return true }
            if word == "had", position == index - 1 { return true }
            if word == "base" || word == "bases" { return true }
            guard CountVocabulary.baseFillers.contains(word) else { return false }
            position -= 1
            steps += 1
        }
        return false
    }

    /// "approximately 383 million as the upper limit", "the highest number ... was 383 million".
    static func statesUpperLimit(_ tokens: [TextToken], near core: Range<Int>) -> Bool {
        let lower = max(0, core.lowerBound - 8)
        let upper = min(tokens.count, core.upperBound + 6)
        for position in lower..<upper where tokens[position].kind == .word {
            let word = tokens[position].text
            if word == "maximum" || word == "ceiling" { return true }
            if (word == "upper" || word == "highest"), position + 1 < upper,
               ["limit", "number", "bound", "estimate"].contains(tokens[position + 1].text) { return true }
        }
        return false
    }

    /// "30% of its 40 million customers": the share of a stated base, counted in the base's unit.
    static func percentage(_ mention: NumberMention, in tokens: [TextToken]) -> CountReading? {
        var position = mention.endToken
        guard position < tokens.count, tokens[position].isWord("of") else { return nil }
        position += 1
        while position < tokens.count, tokens[position].kind == .word,
              CountUnitReader.determiners.contains(tokens[position].text)
                || ["approximately", "about", "roughly", "around", "some", "nearly"].contains(tokens[position].text) {
            position += 1
        }
        guard position < tokens.count, let base = NumberParser.mention(in: tokens, at: position),
              !base.percent, !base.glued, base.value >= 100,
              case .unit(let unit, let dataType, let end) = CountUnitReader.read(tokens, after: base.endToken)
        else { return nil }
        let (qualifier, start) = CountQualifierReader.read(in: tokens, before: mention.firstToken)
        let value = base.value / 100 * mention.value + base.value % 100 * mention.value / 100
        let fact = CountFact(value: value, unit: unit, qualifier: qualifier == .exact ? .approximately : qualifier,
                             dataType: dataType)
        return CountReading(fact: fact, core: start..<end, consumed: end)
    }
}
