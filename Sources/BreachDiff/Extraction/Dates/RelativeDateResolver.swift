/// Resolves dates whose year, month or day is not written against the publication date,
/// preferring the past: news reports what has happened, so "Thursday" is the latest Thursday on
/// or before the publication day and "in August" the latest August on or before its month.
struct RelativeDateResolver: Sendable {
    /// The document's own date; nil leaves relative dates unresolved.
    var published: PartialDate?

    init(published: PartialDate?) {
        self.published = published
    }

    /// "today".
    func today() -> PartialDate? {
        published?.precision == .day ? published : nil
    }

    /// "yesterday" (-1), or any whole-day offset.
    func day(offset: Int) -> PartialDate? {
        guard let published, let day = CalendarDay(published) else { return nil }
        return day.adding(days: offset).partialDate
    }

    /// "on Thursday": the latest such weekday on or before the publication day; with
    /// `strictlyBefore` ("last Thursday") the one before the publication day's week day itself.
    func weekday(_ weekday: Int, strictlyBefore: Bool = false) -> PartialDate? {
        guard let published, let day = CalendarDay(published) else { return nil }
        let anchor = strictlyBefore ? day.adding(days: -1) : day
        return anchor.latest(weekday: weekday).partialDate
    }

    /// "this week" (0), "last week" (-1): the month that holds the Thursday of that Monday-to-Sunday
    /// week (the ISO rule for which period a week belongs to), as a month.
    func week(offset: Int) -> PartialDate? {
        guard let published, let day = CalendarDay(published) else { return nil }
        let monday = day.latest(weekday: 1).adding(days: 7 * offset)
        let thursday = monday.adding(days: 3).partialDate
        return PartialDate(year: thursday.year, month: thursday.month)
    }

    /// "this month" (0), "last month" (-1).
    func month(offset: Int) -> PartialDate? {
        guard let published, let month = published.month else { return nil }
        let index = published.year * 12 + (month - 1) + offset
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }

    /// "this year" (0), "last year" (-1).
    func year(offset: Int) -> PartialDate? {
        guard let published else { return nil }
        return PartialDate(year: published.year + offset)
    }

    /// "in August", "last December": the latest such month on or before the publication month
    /// (strictly before with `strictlyBefore`).
    func month(named month: Int, strictlyBefore: Bool = false) -> PartialDate? {
        guard let published else { return nil }
        guard let current = published.month else { return PartialDate(year: published.year, month: month) }
        let later = strictlyBefore ? month >= current : month > current
        return PartialDate(year: later ? published.year - 1 : published.year, month: month)
    }

    /// "July 29" without a year: the latest such day on or before the publication day.
    func day(month: Int, day: Int) -> PartialDate? {
        guard let published else { return nil }
        var year = published.year
        if let current = published.month {
            let currentDay = published.day ?? PartialDate.daysIn(month: current, year: year)
            if (month, day) > (current, currentDay) { year -= 1 }
        }
        guard day <= PartialDate.daysIn(month: month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}
