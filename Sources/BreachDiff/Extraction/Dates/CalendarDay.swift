/// A proleptic Gregorian day as a count of days since 1970-01-01, for the arithmetic that
/// relative dates need ("Thursday" before a Saturday, "yesterday" across a year boundary).
///
/// Integer arithmetic (Howard Hinnant's civil-from-days algorithm) instead of Foundation's
/// `Calendar`: it is exact, time-zone free and costs a few multiplications.
struct CalendarDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    var serial: Int

    init(serial: Int) {
        self.serial = serial
    }

    init(year: Int, month: Int, day: Int) {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        serial = era * 146_097 + dayOfEra - 719_468
    }

    /// The day of a day-precise date; nil for a month or a year.
    init?(_ date: PartialDate) {
        guard let month = date.month, let day = date.day else { return nil }
        self.init(year: date.year, month: month, day: day)
    }

    /// Year, month and day.
    var components: (year: Int, month: Int, day: Int) {
        let shifted = serial + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    var partialDate: PartialDate {
        let (year, month, day) = components
        return PartialDate(year: year, month: month, day: day)
    }

    /// 1 = Monday ... 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday.
    var weekday: Int {
        let index = ((serial % 7) + 7 + 3) % 7
        return index + 1
    }

    func adding(days: Int) -> CalendarDay {
        CalendarDay(serial: serial + days)
    }

    /// The latest day on or before this one that falls on `weekday` (1 = Monday).
    func latest(weekday target: Int) -> CalendarDay {
        adding(days: -((weekday - target + 7) % 7))
    }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        lhs.serial < rhs.serial
    }
}
