/// The smallest date expression: one calendar date, month or year as written, or one relative
/// expression ("yesterday", "last month"), before ranges and qualifiers are put around it.
struct DateAtom: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Year written: "July 19, 2019", "2014", "11/25/2022".
        case absolute
        /// Month (and day) written, the year not: "July 29", "in August".
        case yearless
        /// Resolved from the publication date alone: "on Thursday", "last month", "today".
        case relative
        /// Points forward from the publication date ("next week"): never a past event.
        case future
    }

    var kind: Kind
    /// Token indices, inclusive.
    var first: Int
    var last: Int
    var year: Int?
    var month: Int?
    var day: Int?
    /// Set for `.relative` atoms once resolved.
    var resolved: PartialDate?
    /// "mid-May", "on or around": how exactly the wording pins the date.
    var approximate = false
    /// A bare year ("2014"): only a date after a preposition ("in 2014", "since 2014").
    var bareYear = false
    /// "last December": strictly before the publication month.
    var strictlyPast = false

    /// The date as far as it is written or resolved, with `fallbackYear` for a yearless atom.
    func value(resolver: RelativeDateResolver, fallbackYear: Int? = nil) -> PartialDate? {
        switch kind {
        case .absolute:
            guard let year else { return nil }
            return PartialDate(year: year, month: month, day: day)
        case .yearless:
            guard let month else { return nil }
            if let fallbackYear {
                if let day, day > PartialDate.daysIn(month: month, year: fallbackYear) { return nil }
                return PartialDate(year: fallbackYear, month: month, day: day)
            }
            if let day { return resolver.day(month: month, day: day) }
            return resolver.month(named: month, strictlyBefore: strictlyPast)
        case .relative:
            return resolved
        case .future:
            return nil
        }
    }
}
