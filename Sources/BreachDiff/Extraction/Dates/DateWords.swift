/// The words of date expressions, as token hashes: month and weekday names and the small words
/// around dates ("on or about", "late", "last").
enum DateWords {
    /// Month names and their abbreviations ("Sept", "Sep", "September") to 1...12.
    static let months: [UInt64: Int] = {
        let names = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"],
            ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ]
        var table: [UInt64: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[DateTokenizer.hash(spelling)] = index + 1 }
        }
        return table
    }()

    /// Full month names; abbreviations alone ("Mar", "Dec") are too ambiguous without a number.
    static let fullMonths: Set<UInt64> = Set([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ].map(DateTokenizer.hash))

    /// Weekday names to 1 (Monday) ... 7 (Sunday).
    static let weekdays: [UInt64: Int] = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var table: [UInt64: Int] = [:]
        for (index, name) in names.enumerated() { table[DateTokenizer.hash(name)] = index + 1 }
        return table
    }()

    static let on = DateTokenizer.hash("on")
    static let or = DateTokenizer.hash("or")
    static let and = DateTokenizer.hash("and")
    static let `for` = DateTokenizer.hash("for")
    static let about = DateTokenizer.hash("about")
    static let around = DateTokenizer.hash("around")
    static let approximately = DateTokenizer.hash("approximately")
    static let before = DateTokenizer.hash("before")
    static let after = DateTokenizer.hash("after")
    static let since = DateTokenizer.hash("since")
    static let prior = DateTokenizer.hash("prior")
    static let to = DateTokenizer.hash("to")
    static let until = DateTokenizer.hash("until")
    static let till = DateTokenizer.hash("till")
    static let through = DateTokenizer.hash("through")
    static let thru = DateTokenizer.hash("thru")
    static let from = DateTokenizer.hash("from")
    static let between = DateTokenizer.hash("between")
    static let early = DateTokenizer.hash("early")
    static let mid = DateTokenizer.hash("mid")
    static let middle = DateTokenizer.hash("middle")
    static let late = DateTokenizer.hash("late")
    static let end = DateTokenizer.hash("end")
    static let the = DateTokenizer.hash("the")
    static let of = DateTokenizer.hash("of")
    static let `in` = DateTokenizer.hash("in")
    static let during = DateTokenizer.hash("during")
    static let by = DateTokenizer.hash("by")
    static let at = DateTokenizer.hash("at")
    static let `as` = DateTokenizer.hash("as")
    static let quarter = DateTokenizer.hash("quarter")
    static let half = DateTokenizer.hash("half")
    static let today = DateTokenizer.hash("today")
    static let yesterday = DateTokenizer.hash("yesterday")
    static let tonight = DateTokenizer.hash("tonight")
    static let last = DateTokenizer.hash("last")
    static let this = DateTokenizer.hash("this")
    static let past = DateTokenizer.hash("past")
    static let earlier = DateTokenizer.hash("earlier")
    static let next = DateTokenizer.hash("next")
    static let week = DateTokenizer.hash("week")
    static let month = DateTokenizer.hash("month")
    static let year = DateTokenizer.hash("year")
    static let back = DateTokenizer.hash("back")
    static let within = DateTokenizer.hash("within")
    static let hours = DateTokenizer.hash("hours")
    static let day = DateTokenizer.hash("day")
    static let days = DateTokenizer.hash("days")
    static let a = DateTokenizer.hash("a")
    static let fiscal = DateTokenizer.hash("fiscal")
    static let s = DateTokenizer.hash("s")
    static let ordinalSuffixes: Set<UInt64> = Set(["st", "nd", "rd", "th"].map(DateTokenizer.hash))
    static let dayParts: Set<UInt64> = Set(["morning", "afternoon", "evening", "night"].map(DateTokenizer.hash))

    /// "first quarter" ... "fourth quarter" to the quarter number; "first half" to 1 as well.
    static let ordinals: [UInt64: Int] = [
        DateTokenizer.hash("first"): 1, DateTokenizer.hash("second"): 2, DateTokenizer.hash("third"): 3,
        DateTokenizer.hash("fourth"): 4,
    ]

    /// Written-out small numbers for "within two days".
    /// Every key of `months`, `weekdays` and `ordinals`: `DateAtomParser.atom(at:)` asks those
    /// three dictionaries for nearly every word of a document, and one bit test turns most words
    /// away first. Built from the tables, so a new spelling there is covered automatically.
    static let calendarLeads = KeyBitFilter(
        Array(months.keys) + Array(weekdays.keys) + Array(ordinals.keys)
    )

    /// The words `DateAtomParser.relativeAtom` can start at (it returns nil for every other word):
    /// one bit test spares most words its eight comparisons. Keep in step with `relativeAtom`.
    static let relativeLeads = KeyBitFilter([today, tonight, yesterday, last, next, this, earlier])

    /// Every word `DateAtomParser.atom(at:)` can start at (the union of the two filters above):
    /// `DateScanner.mentions` asks it before calling the parser at a word at all.
    static let atomLeads = KeyBitFilter(
        Array(months.keys) + Array(weekdays.keys) + Array(ordinals.keys)
            + [today, tonight, yesterday, last, next, this, earlier]
    )

    static let smallNumbers: [UInt64: Int] = [
        DateTokenizer.hash("one"): 1, DateTokenizer.hash("two"): 2, DateTokenizer.hash("three"): 3,
        DateTokenizer.hash("a"): 1,
    ]
}
