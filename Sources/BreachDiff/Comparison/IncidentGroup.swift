/// An incident under construction: what the grouper knows of it so far.
struct IncidentGroup {
    var companyKey: String
    /// Years its intrusion or discovery dates fall in, or a back reference named.
    var years: Set<Int> = []
    /// Year of the news cycle that first reported it (nil for incidents known only from back references).
    var disclosureYear: Int?
    /// Day ordinal of its first report.
    var firstDay: Int
    /// Dated events reported while it was news: the incident's own timeline.
    var currentDates: [DateFact] = []
    /// Created by a news cycle that carried fresh intrusion or discovery dates.
    var fresh = false
    /// A named earlier incident ("the 2021 breach" style hints that are not years).
    var name: String?
    var factCount = 0
    /// Slots of its facts, to place consequences (settlements) with the incident that has them.
    var slots: Set<String> = []
    var order: Int

    func matches(year: Int) -> Bool {
        years.contains(year) || disclosureYear == year
    }

    /// The year in its id when the year it became known is shared with another incident of the
    /// company: its earliest intrusion year, else the year it was reported.
    var idYear: Int? {
        years.min() ?? disclosureYear
    }

    var hasOwnIntrusionStart: Bool {
        currentDates.contains { $0.event == .intrusionStart }
    }
}
