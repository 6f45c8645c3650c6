/// Finds every date expression of a document in one left-to-right pass over its tokens:
/// atoms (`DateAtomParser`), the words that qualify them ("on or around", "mid-", "since") and
/// the ranges and pairs they form ("between X and Y", "March 22 and 23, 2019").
struct DateScanner {
    let tokens: [DateToken]
    let parser: DateAtomParser

    init(tokens: [DateToken], published: PartialDate?) {
        self.tokens = tokens
        parser = DateAtomParser(tokens: tokens, resolver: RelativeDateResolver(published: published))
    }

    var resolver: RelativeDateResolver { parser.resolver }

    func mentions() -> [DateMention] {
        var result: [DateMention] = []
        var index = 0
        // Read once: a static read in the loop went through `swift_once` for every token.
        let atomLeads = DateWords.atomLeads
        while index < tokens.count {
            // Exact gate: the parser starts an atom only at a number or at one of `atomLeads`' words.
            let token = tokens[index]
            guard token.kind == .number || token.kind == .word && atomLeads.mayContain(token.key),
                  let atom = parser.atom(at: index),
                  let mention = mention(from: atom) else {
                index += 1
                continue
            }
            result.append(mention)
            index = max(index + 1, mention.lastToken + 1)
        }
        return result
    }

    /// Words before a bare year that make it a date ("in 2014", "since 2014", "late 2014").
    static let yearLead: Set<UInt64> = Set([
        "in", "since", "during", "from", "until", "till", "through", "by", "before", "after", "between",
        "early", "mid", "late", "of", "around", "about", "to", "and", "as", "circa",
    ].map(DateTokenizer.hash))

    /// Nouns after "the ... of" that make "of 2018" a date ("the end of 2018", "the summer of 2016").
    /// The last token of a season named after a year ("holiday season", "summer"), or nil.
    func seasonEnd(after index: Int) -> Int? {
        guard let next = parser.token(index + 1), next.kind == .word else { return nil }
        if Self.seasonNouns.contains(next.key) { return index + 1 }
        if Self.seasonModifiers.contains(next.key), let noun = parser.token(index + 2), noun.kind == .word,
           Self.seasonNouns.contains(noun.key) {
            return index + 2
        }
        return nil
    }

    static let seasonNouns: Set<UInt64> = Set([
        "season", "summer", "winter", "spring", "fall", "autumn", "holidays",
    ].map(DateTokenizer.hash))
    static let seasonModifiers: Set<UInt64> = Set(["holiday", "shopping", "christmas"].map(DateTokenizer.hash))
    static let seasonLeads: Set<UInt64> = Set(["during", "in", "over", "throughout"].map(DateTokenizer.hash))

    static let periodNouns: Set<UInt64> = Set([
        "end", "beginning", "start", "middle", "summer", "winter", "spring", "fall", "autumn", "course",
    ].map(DateTokenizer.hash))

    /// "July 29 of this year", "December 3 of last year": the year is named relative to the
    /// publication date, so the words belong to the date rather than making a second one.
    func yearOfPublication(_ mention: inout DateMention, atom: DateAtom) {
        guard atom.kind == .yearless, let month = atom.month, parser.isWord(atom.last + 1, DateWords.of),
              parser.isWord(atom.last + 3, DateWords.year) else { return }
        let offset: Int
        if parser.isWord(atom.last + 2, DateWords.this) {
            offset = 0
        } else if parser.isWord(atom.last + 2, DateWords.last) {
            offset = -1
        } else {
            return
        }
        mention.lastToken = atom.last + 3
        mention.end = tokens[atom.last + 3].end
        guard let year = resolver.year(offset: offset)?.year else { return }
        mention.value = PartialDate(year: year, month: month, day: atom.day)
    }

    func mention(from atom: DateAtom) -> DateMention? {
        var first = atom.first
        var approximate = atom.approximate
        // Modifiers: "mid-May", "mid-2014", "late 2014", "early November 2022", "the end of 2018".
        if parser.isPunctuation(first - 1, "-"), parser.isWord(first - 2, DateWords.mid) {
            first -= 2
            approximate = true
        } else if let word = parser.token(first - 1), word.kind == .word,
                  word.key == DateWords.early || word.key == DateWords.mid || word.key == DateWords.late {
            first -= 1
            if word.key == DateWords.mid { approximate = true }
        } else if parser.isWord(first - 1, DateWords.of), let noun = parser.token(first - 2), noun.kind == .word,
                  Self.periodNouns.contains(noun.key) {
            first -= 2
            if parser.isWord(first - 1, DateWords.the) { first -= 1 }
        }
        var last = atom.last
        if atom.bareYear, first == atom.first, let season = seasonEnd(after: atom.last), parser.isWord(first - 1, DateWords.the),
           let lead = parser.token(first - 2), lead.kind == .word, Self.seasonLeads.contains(lead.key) {
            // "during the 2013 holiday season", "over the 2019 summer": a year naming a season after a
            // time preposition is the season's date (its year), not an adjective of an event noun.
            first -= 1
            last = season
        } else if atom.bareYear {
            guard let lead = parser.token(first - 1), first != atom.first || lead.kind == .word && Self.yearLead.contains(lead.key)
            else { return nil }
            guard !parser.isWord(first - 1, DateWords.fiscal), !parser.possessive(after: atom.last) else { return nil }
        }
        var mention = DateMention(
            firstToken: first, lastToken: last, start: tokens[first].start, end: tokens[last].end
        )
        mention.relative = atom.kind != .absolute
        mention.calendar = atom.kind == .absolute || atom.kind == .yearless
        mention.future = atom.kind == .future
        if approximate { mention.qualifier = .onOrAround }
        let lead = applyPrefix(to: &mention)
        extendRange(of: &mention, atom: atom, lead: lead)
        if mention.shape == .single {
            mention.value = atom.value(resolver: resolver)
            yearOfPublication(&mention, atom: atom)
        }
        return mention
    }
}
