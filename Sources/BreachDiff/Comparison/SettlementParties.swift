/// Who a settlement is with, read from the words of its quote: card issuers and banks, the
/// states (attorneys general), or consumers (a class action). One breach often ends in several
/// settlements with different parties ("$10M with shoppers", "$39M with banks", "$18M with the
/// states"); their amounts are different settlements, not rival reports of one amount.
enum SettlementParties {
    /// A party and the words that name it, in order of precedence: a class action brought by
    /// banks is the banks' settlement, a states' settlement "for consumers" the states'.
    static let parties: [(party: String, words: Set<String>, pairs: [[String]])] = [
        ("issuers", ["banks", "issuers", "unions", "lenders", "institutions"], [["card", "issuers"], ["credit", "unions"]]),
        ("states", ["states", "multistate", "attorneys", "attorney"], [["attorney", "general"], ["attorneys", "general"]]),
        ("consumers", ["consumers", "customers", "shoppers", "plaintiffs", "consumer"], [["class", "action"]]),
    ]

    /// The party a settlement quote names, if any.
    static func party(in quote: String) -> String? {
        let words = QuoteCues.words(quote)
        for entry in parties {
            if words.contains(where: { entry.words.contains($0) }) { return entry.party }
            if entry.pairs.contains(where: { QuoteCues.containsSequence(words, $0) }) { return entry.party }
        }
        return nil
    }

    /// In an incident whose settlement amounts name two or more parties, each amount's party
    /// becomes its population ("party:issuers"), so amounts of different settlements are never
    /// compared. An amount that names no party there could be any of them: it is compared only
    /// within its own document. With one party or none named, nothing changes: a lone "$10M with
    /// consumers" beside unnamed amounts is compared with them as before.
    static func separate(_ entries: inout [SlotEntry]) {
        let settlement = "money:settlement"
        var named: [String: Set<String>] = [:]
        var partyOf: [Int: String] = [:]
        for index in entries.indices where entries[index].slot == settlement {
            guard let party = party(in: entries[index].fact.quote) else { continue }
            partyOf[index] = party
            named[entries[index].incident, default: []].insert(party)
        }
        for index in entries.indices where entries[index].slot == settlement && (named[entries[index].incident]?.count ?? 0) >= 2 {
            entries[index].population.insert("party:" + (partyOf[index] ?? "unnamed " + entries[index].fact.file))
        }
    }
}
