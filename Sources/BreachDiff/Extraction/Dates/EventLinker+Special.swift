/// Dates whose event comes from their place rather than a trigger word: the wire dateline of a
/// press release, and "within 24 hours" counted from a date of the same sentence.
extension EventLinker {
    /// "MCLEAN, Va., July 29, 2019 /PRNewswire/ --", "BETHESDA, MD - November 30, 2018 -": a day
    /// date after an upper-case place name at the start of a paragraph, followed by a wire tag or
    /// a dash, is the release's disclosure date.
    func datelineFact(_ mention: DateMention) -> LinkedDate? {
        guard mention.shape == .single, !mention.relative, let value = mention.value, value.precision == .day,
              let after = token(mention.lastToken + 1),
              after.isPunctuation("/") || after.isPunctuation("-") || after.isPunctuation("\u{2014}")
                || after.isPunctuation("\u{2013}") || after.isPunctuation("(") else { return nil }
        // "EXAMPLE CORP. January 19, 2023 /s/ Jane Doe": a filing's signature block, not a wire tag.
        if after.isPunctuation("/"), let next = token(mention.lastToken + 2), next.kind == .word,
           next.end - next.start == 1, scalars[next.start] == "s" { return nil }
        // Walk back over the place name ("MCLEAN, Va.,", "BETHESDA, MD -") to an all-capitals word.
        var index = mention.firstToken - 1
        if let dash = token(index), dash.isPunctuation("-") || dash.isPunctuation("\u{2014}") { index -= 1 }
        var found: Int?
        while index >= 0, mention.firstToken - index <= 7 {
            let token = tokens[index]
            if token.kind == .word {
                guard token.capitalized else { break }
                if uppercase(token) { found = index }
            } else if !(token.isPunctuation(",") || token.isPunctuation(".")) {
                break
            }
            index -= 1
        }
        guard let index = found else { return nil }
        let fact = DateFact(event: .disclosed, value: value, qualifier: .exact,
                            expression: text(mention.start, mention.end))
        return LinkedDate(fact: fact, firstToken: index, lastToken: mention.lastToken, source: .company)
    }

    /// "Jane Roe, Chief Executive Officer · March 3, 2021": on a company's own statement, a short
    /// line signed by a person and ending with a day date after a separator dates the statement:
    /// the company's disclosure. Not in reporting (a news by-line) or filings (signature blocks).
    func signedLineFact(_ mention: DateMention) -> LinkedDate? {
        guard !context.reported, !context.filing, mention.shape == .single, !mention.relative, mention.calendar,
              let value = mention.value, value.precision == .day, mention.firstToken > 0,
              token(mention.lastToken + 1).map({ $0.lineBefore }) ?? true else { return nil }
        let mark = tokens[mention.firstToken - 1]
        guard Self.signatureMarks.contains(where: { mark.isPunctuation($0) }) else { return nil }
        var first = mention.firstToken - 1
        while first > 0, !tokens[first].lineBefore {
            first -= 1
            let token = tokens[first]
            // A sentence ("... it said. — May 3") or a long line is no signature.
            if token.isPunctuation(".") && first < mention.firstToken - 2 || mention.firstToken - first > 16 { return nil }
        }
        guard tokens[first].kind == .word, tokens[first].capitalized else { return nil }
        let fact = DateFact(event: .disclosed, value: value, qualifier: .exact, expression: text(mention.start, mention.end))
        return LinkedDate(fact: fact, firstToken: first, lastToken: mention.lastToken, source: .company)
    }

    static let signatureMarks: [Unicode.Scalar] = ["\u{00B7}", "|", "\u{2014}", "\u{2013}", "\u{2022}"]

    func token(_ index: Int) -> DateToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    /// Every letter of the word is upper case ("MCLEAN", not "Marriott").
    func uppercase(_ token: DateToken) -> Bool {
        guard token.kind == .word, token.end - token.start >= 2 else { return false }
        return scalars[token.start..<token.end].allSatisfy { $0.properties.isUppercase }
    }

    /// "shut it down within 24 hours" in a sentence that also dates the discovery: containment by
    /// that date plus the allowed time, qualified `before`.
    func withinFacts(in sentence: Range<Int>, mentions: [DateMention], matches: [TriggerMatcher.Match]) -> [LinkedDate] {
        guard let anchor = mentions.first(where: { $0.writtenDay }), let anchorValue = anchor.value,
              let day = CalendarDay(anchorValue) else { return [] }
        var result: [LinkedDate] = []
        for index in sentence where tokens[index].isWord(DateWords.within) && index + 2 < sentence.upperBound {
            let amountToken = tokens[index + 1]
            let unit = tokens[index + 2]
            let amount = amountToken.kind == .number ? amountToken.number : DateWords.smallNumbers[amountToken.key]
            guard let amount, amount > 0 else { continue }
            let days: Int
            if unit.isWord(DateWords.hours) || unit.isWord(Self.hour) {
                days = (amount + 23) / 24
            } else if unit.isWord(DateWords.day) || unit.isWord(DateWords.days) {
                days = amount
            } else {
                continue
            }
            guard let contain = matches.first(where: {
                $0.trigger.event == .contained && abs($0.last - index) <= 6
            }) else { continue }
            let fact = DateFact(event: .contained, value: day.adding(days: days).partialDate, qualifier: .before,
                                expression: text(tokens[index].start, unit.end), relative: true)
            result.append(LinkedDate(fact: fact, firstToken: min(contain.first, index),
                                     lastToken: max(contain.last, index + 2)))
        }
        return result
    }

    static let hour = DateTokenizer.hash("hour")
}
