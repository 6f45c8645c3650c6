import Testing
@testable import BreachDiff

/// Incident ids when the documents carry no registrant: the company comes from the prose of the
/// folder, the year from when the breach became known.
@Suite struct IncidentNamingTests {
    typealias F = ComparisonFixtures

    static func news(_ file: String, _ published: String, subjects: [String], company: String? = nil) -> DocumentInfo {
        var document = F.document(file, published, company: company)
        document.subjects = subjects
        return document
    }

    @Test("a folder of news pages is named after the company most of its pages lead with")
    func proseCompanyNamesTheIncident() throws {
        let documents = [
            Self.news("case/a.txt", "2040-03-02", subjects: ["reuters", "northwind-bank", "fbi"]),
            Self.news("case/b.txt", "2040-03-03", subjects: ["northwind-bank", "reuters"]),
            Self.news("case/c.txt", "2040-03-09", subjects: ["northwind", "agency"]),
        ]
        let facts = documents.map { F.count($0.file, 4_000_000, source: .media) }
        let comparison = Comparator().compare(documents: documents, facts: facts)
        #expect(comparison.incidents.map(\.id) == ["northwindbank-2040"])
        #expect(comparison.incidents.first?.company == "Northwind-Bank")
    }

    @Test("a later company name in one filing yields to the name most documents use")
    func renamedCompanyKeepsTheNameMostDocumentsUse() {
        let documents = [
            Self.news("case/a.txt", "2040-03-02", subjects: ["zephyr", "web"]),
            Self.news("case/b.txt", "2040-03-03", subjects: ["zephyr"]),
            Self.news("case/c.txt", "2040-03-04", subjects: ["portal", "zephyr"]),
            Self.news("case/d.txt", "2042-06-01", subjects: [], company: "Renamed Holdings Inc."),
        ]
        let facts = documents.map { F.count($0.file, 9_000_000, source: .media) }
        let companies = DocumentCompanies(documents: documents, facts: facts)
        #expect(Set(documents.map { companies.key(of: $0.file) }) == ["zephyr"])
    }

    @Test("a metadata company that the prose names by its first word keeps its own spelling")
    func metadataSpellingWins() {
        let documents = [
            Self.news("case/a.txt", "2040-03-02", subjects: ["harbor"]),
            Self.news("case/b.txt", "2040-03-03", subjects: ["harbor", "police"]),
            Self.news("case/c.txt", "2040-03-01", subjects: [], company: "Harbor Freight Lines, Inc."),
        ]
        let facts = documents.map { F.count($0.file, 2_000_000, source: .media) }
        let comparison = Comparator().compare(documents: documents, facts: facts)
        #expect(comparison.incidents.map(\.id) == ["harborfreightlines-2040"])
    }

    @Test("an incident is named by the year it became known, by its intrusion year when that year is shared")
    func idYears() {
        let documents = [
            Self.news("case/old.txt", "2043-09-10", subjects: ["quill"]),
            Self.news("case/new.txt", "2043-12-01", subjects: ["quill"]),
            Self.news("case/later.txt", "2046-01-20", subjects: ["quill"]),
        ]
        let facts = [
            F.date("case/old.txt", .intrusionStart, "2041-06"),
            F.count("case/old.txt", 50_000_000, unit: "accounts"),
            F.date("case/new.txt", .intrusionStart, "2040-08"),
            F.count("case/new.txt", 900_000_000, unit: "accounts"),
            F.date("case/later.txt", .intrusionStart, "2045-11-25"),
            F.count("case/later.txt", 3_000_000, unit: "accounts"),
        ]
        let comparison = Comparator().compare(documents: documents, facts: facts)
        // Two became known in 2043 (named by their intrusions); the third intruded in 2045 and became known in 2046.
        #expect(comparison.incidents.map(\.id).sorted() == ["quill-2040", "quill-2041", "quill-2046"])
    }
}
