/// Short human wording of facts and slot values for the report tables ("about 37,000,000 accounts"),
/// and the slot each fact fills.
public enum FactText {
    /// The slot a fact fills, named as `Discrepancy.slot` names them: `count`, `count:<data type>`,
    /// `date:<event>`, `data_type:<key>`, `money:<event>`, `vector`, `actor`.
    public static func slot(of fact: Fact) -> String {
        switch fact.payload {
        case .count(let count): count.dataType.map { "count:" + $0.rawValue } ?? "count"
        case .date(let date): "date:" + date.event.rawValue
        case .dataType(let dataType): "data_type:" + dataType.key.rawValue
        case .money(let money): "money:" + money.event.rawValue
        case .vector: "vector"
        case .actor: "actor"
        }
    }

    /// A sort key that lists slots in reading order: counts, dates in timeline order, data types,
    /// money, vector, actor; unknown slots last, by name.
    public static func slotOrder(_ slot: String) -> (Int, Int, String) {
        let parts = slot.split(separator: ":", maxSplits: 1).map(String.init)
        let head = parts.first ?? ""
        let tail = parts.count > 1 ? parts[1] : ""
        switch head {
        case "count": return (0, tail.isEmpty ? 0 : 1, tail)
        case "date": return (1, DateEvent.allCases.firstIndex { $0.rawValue == tail } ?? 99, tail)
        case "data_type": return (2, DataTypeKey.allCases.firstIndex { $0.rawValue == tail } ?? 99, tail)
        case "money": return (3, MoneyEvent.allCases.firstIndex { $0.rawValue == tail } ?? 99, tail)
        case "vector": return (4, 0, tail)
        case "actor": return (5, 0, tail)
        default: return (6, 0, slot)
        }
    }

    /// What a fact says, without its speaker: `about 37,000,000 accounts`, `around 2022-11-25`,
    /// `not exposed`, `USD 350,000,000`, `api_abuse`.
    public static func value(of fact: Fact) -> String {
        switch fact.payload {
        case .count(let count):
            let number: String
            if count.qualifier == .range, let low = count.low, let high = count.high {
                number = grouped(low) + "–" + grouped(high)
            } else {
                number = (countWords[count.qualifier].map { $0 + " " } ?? "") + grouped(count.value)
            }
            return number + " " + count.unit
        case .date(let date):
            let when = date.value?.description ?? date.expression
            return (dateWords[date.qualifier].map { $0 + " " } ?? "") + when
        case .dataType(let dataType):
            return dataType.status == .notExposed ? "not exposed" : dataType.status.rawValue
        case .money(let money):
            return money.currency + " " + grouped(money.value)
        case .vector(let name), .actor(let name):
            return name
        }
    }

    /// What a slot value says: its qualifier, its value (digits grouped) and its unit.
    public static func value(of slotValue: SlotValue) -> String {
        var text = slotValue.value
        if let number = Int64(text) {
            text = grouped(number)
        } else if PartialDate(iso: text) == nil {
            text = text.replacingOccurrences(of: "_", with: " ")  // `not_exposed` reads as `not exposed`
        }
        if let qualifier = slotValue.qualifier, qualifier != "exact" {
            text = (countWords[CountQualifier(rawValue: qualifier) ?? .exact]
                ?? dateWords[DateQualifier(rawValue: qualifier) ?? .exact]
                ?? qualifier.replacingOccurrences(of: "_", with: " ")) + " " + text
        }
        if let unit = slotValue.unit, !unit.isEmpty { text += " " + unit }
        return text
    }

    /// `value (source, stance)`: one side of a discrepancy in a line.
    public static func summary(of slotValue: SlotValue) -> String {
        "\(value(of: slotValue)) (\(slotValue.source.rawValue), \(slotValue.stance.rawValue))"
    }

    /// Digits in groups of three: `37,000,000`.
    public static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return number < 0 ? "-" + out : out
    }

    static let countWords: [CountQualifier: String] = [
        .approximately: "about", .moreThan: "more than", .atLeast: "at least", .upTo: "up to",
        .nearly: "nearly", .fewerThan: "fewer than",
    ]

    static let dateWords: [DateQualifier: String] = [.onOrAround: "around", .before: "before", .after: "after"]
}
