/// One fact as the discrepancy rules see it: its slot, the sub-population it is about, its
/// number or status with bounds, and the cues its wording gives. Built once per fact.
struct SlotEntry {
    /// The fact behind a shared reference: findings hold copies of their entries (a big slot's
    /// agreement holds all of them), and the fact was half of each copy's size. Never replaced.
    private let box: FactBox
    var fact: Fact { box.fact }
    var incident: String
    var kind: DocumentKind
    var published: PartialDate?
    /// Days since year 0 of `published` (day 1 / month 1 when less precise), for ordering.
    var day: Int
    /// `count`, `date:<event>`, `data_type:<key>`, `money:<event>`.
    var slot: String
    /// Countries and status words that restrict the figure ("us", "former"); empty means everyone.
    var population: Set<String>
    /// Countries the figure itself names (its own part of the quote when the quote names several).
    var named: Set<String> = []
    /// An amount that is only an expectation ("could cost up to"): never compared.
    var forecast = false
    /// The fine unit group for unit mismatches (`people`, `customers`, `accounts`, `records`, ...).
    var unitGroup: String
    /// Figures of different comparability classes are never compared (people vs repositories).
    var comparable: String
    var number: Int64?
    var bounds: ValueBounds?
    var status: ExposureStatus?
    var date: DateFact?
    var increment = false
    /// An order-of-magnitude range ("hundreds of millions": the high end at least three times the low).
    var vague = false
    /// A figure its speaker hedges with a modal before it ("a breach that may affect 100 million").
    var hedged = false
    /// Records said to be of people ("records of former customers"): a count of people.
    var recordsOfPeople = false
    var recall: QuoteCues.Recall?

    init(fact: Fact, incident: String, kind: DocumentKind, published: PartialDate?, day: Int, slot: String,
         population: Set<String>, unitGroup: String, comparable: String) {
        self.box = FactBox(fact)
        self.incident = incident
        self.kind = kind
        self.published = published
        self.day = day
        self.slot = slot
        self.population = population
        self.unitGroup = unitGroup
        self.comparable = comparable
    }

    /// A number another figure can replace: not an attacker's or unverified figure.
    var isClaim: Bool {
        fact.source == .attacker || fact.stance == .claimed || (fact.stance == .unverified && !isAuthority)
    }

    /// Company, regulator and court statements are the ones that can be revised.
    var isAuthority: Bool { [.company, .regulator, .court].contains(fact.source) }

    /// Published by the company itself (not a second-hand report of what it said).
    var inCompanyDocument: Bool { [.secFiling, .pressRelease, .companyNotice].contains(kind) }

    var populationKey: String { population.sorted().joined(separator: "+") }

    /// The value as text for output: the integer, the ISO date or the status.
    var valueText: String {
        if let number { return String(number) }
        if let status { return status.rawValue }
        if let date { return date.value?.description ?? date.expression }
        return ""
    }

    static func ordinal(_ date: PartialDate?) -> Int {
        guard let date else { return Int.max / 2 }
        return date.year * 372 + ((date.month ?? 1) - 1) * 31 + (date.day ?? 1) - 1
    }

    /// Unit nouns that name the same kind of thing for the mismatch test.
    static let unitGroups: [String: String] = [
        "individuals": "people", "people": "people", "persons": "people", "consumers": "people",
        "residents": "people", "americans": "people", "victims": "people", "citizens": "people",
        "customers": "customers", "clients": "customers", "cardholders": "customers", "holders": "customers",
        "subscribers": "customers", "guests": "guests",
        // An online service's users are its accounts ("500 million user accounts", "500 million
        // users"): the same count, not a unit slip.
        "users": "accounts", "members": "members",
        "accounts": "accounts", "records": "records", "rows": "records", "entries": "records",
        "applicants": "people", "employees": "employees", "patients": "people", "students": "people",
    ]

    static func unitGroup(_ unit: String) -> String {
        unitGroups[unit.lowercased()] ?? unit.lowercased()
    }

    /// People-like units and accounts are one comparability class; records another; every other
    /// unit (repositories, devices, files) its own.
    static func comparable(_ group: String) -> String {
        switch group {
        case "people", "customers", "guests", "users", "members", "accounts", "employees": "affected"
        case "records": "records"
        default: group
        }
    }
}

/// A fact shared by the copies of one slot entry.
final class FactBox: Sendable {
    let fact: Fact

    init(_ fact: Fact) { self.fact = fact }
}
