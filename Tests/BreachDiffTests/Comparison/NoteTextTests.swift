import Testing
@testable import BreachDiff

/// The plain-English notes: figures are shortened and grouped, dates are shown as written.
@Suite struct NoteTextTests {
    static func value(_ text: String) -> SlotValue {
        SlotValue(file: "a.txt", value: text, source: .media, stance: .confirmed, published: nil, quote: "q", start: 0, end: 1)
    }

    @Test("Figures of counts and sums", arguments: [
        ("count", "47800000", "47.8M"), ("count", "4700", "4,700"), ("money:fine", "99200936", "99,200,936"),
    ])
    func figures(slot: String, value: String, shown: String) {
        #expect(NoteWriter.describe(Self.value(value), slot: slot).hasPrefix(shown + " ("))
    }

    /// A year-precise date is a number to `Int64(_:)`: it must not come out as "2,017".
    @Test("Dates and statuses as written", arguments: [
        ("date:settled", "2017"), ("date:discovered", "2015-01"), ("data_type:ssn", "exposed"),
    ])
    func asWritten(slot: String, value: String) {
        #expect(NoteWriter.describe(Self.value(value), slot: slot).hasPrefix(value + " ("))
        let note = NoteWriter.note(kind: .conflict, slot: slot, values: [Self.value(value), Self.value("2020")], remarks: [])
        #expect(!note.contains("2,0"), "\(note)")
        #expect(NoteWriter.agreementNote(slot: slot, values: [Self.value(value)], remarks: []).hasSuffix(": " + value))
    }
}
