/// The slot a fact fills: `count`, `date:<event>`, `data_type:<key>`, `money:<event>`.
enum SlotNaming {
    /// nil for vectors and actors, which are not compared.
    static func slot(of fact: Fact) -> String? {
        switch fact.payload {
        case .count(let count):
            if let key = count.dataType ?? DataItemCues.dataItem(in: fact.quote, value: count.value) {
                // "40 million credit and debit card accounts" counts card accounts: the population.
                if key == .paymentCard, CardAccountCues.countsCards(count.value, in: fact.quote) { return "count" }
                return "data_type:" + key.rawValue
            }
            return "count"
        case .date(let date): return "date:" + date.event.rawValue
        case .dataType(let item): return "data_type:" + item.key.rawValue
        case .money(let money): return "money:" + money.event.rawValue
        case .vector, .actor: return nil
        }
    }
}
