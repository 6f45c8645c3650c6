/// A date expression found in a document, before any event is attached to it.
struct DateMention: Sendable, Equatable {
    /// How the expression relates its dates.
    enum Shape: Sendable, Equatable {
        /// One date ("on July 19, 2019").
        case single
        /// A span with a start and an end ("between X and Y", "from X through Y").
        case range
        /// Two separate days of one event ("March 22 and 23, 2019"): its first and last day.
        case pair
    }

    /// Which end of an ongoing event the wording marks.
    enum Boundary: Sendable, Equatable {
        case none
        /// "from X", "since X", "starting X", "as early as X".
        case start
        /// "until X", "through X", "to X".
        case end
    }

    /// Token indices, inclusive.
    var firstToken: Int
    var lastToken: Int
    /// Document offsets in Unicode scalars.
    var start: Int
    var end: Int
    /// The date, or the start of a range or pair; nil when relative and the document has no date.
    var value: PartialDate?
    /// The end of a range or pair.
    var endValue: PartialDate?
    var shape: Shape = .single
    var boundary: Boundary = .none
    var qualifier: DateQualifier = .exact
    /// Resolved against the publication date (the year or the whole date was not written).
    var relative = false
    /// A calendar date was written (a month name or number, with or without its year), not only a
    /// weekday or "today": "Jan. 19", "14 December 2016", not "on Friday".
    var calendar = false
    /// "As of July 31": a point at which a state is described, not when something happened.
    var stateMarker = false
    /// "next week", "as early as December" after "expects": not something that has happened.
    var future = false
    /// A day precision date was written (used by "within 24 hours" of it).
    var writtenDay: Bool { value?.precision == .day && !relative }
}
