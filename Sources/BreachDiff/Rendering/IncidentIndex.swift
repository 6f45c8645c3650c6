/// Per-incident lookups a renderer builds once per report: filtering all discrepancies and
/// agreements, and re-keying all documents, once per incident made rendering quadratic in the
/// corpus.
struct IncidentIndex {
    /// The documents by file (the first document of a file wins).
    var documentsByFile: [String: DocumentInfo]
    /// Each incident's discrepancies with their rank position (0-based), in rank order.
    var discrepancies: [String: [(offset: Int, element: Discrepancy)]] = [:]
    /// Each incident's agreements, in report order.
    var agreements: [String: [Agreement]] = [:]

    init(_ report: Report, documentsByFile: [String: DocumentInfo]? = nil) {
        self.documentsByFile = documentsByFile ?? report.documentsByFile
        for (offset, discrepancy) in report.comparison.discrepancies.enumerated() {
            discrepancies[discrepancy.incident, default: []].append((offset, discrepancy))
        }
        for agreement in report.comparison.agreements { agreements[agreement.incident, default: []].append(agreement) }
    }

    /// The incident's grid, built from these lookups.
    func grid(for incident: Incident) -> IncidentGrid {
        IncidentGrid(incident: incident, documentsByFile: documentsByFile,
                     discrepancies: (discrepancies[incident.id] ?? []).map(\.element))
    }
}
