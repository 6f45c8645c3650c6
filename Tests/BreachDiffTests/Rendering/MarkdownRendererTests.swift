import BreachDiff
import Foundation
import Testing

@Suite struct MarkdownRendererTests {
    @Test("One row per slot, one column per document oldest first, disagreeing cells marked")
    func grid() throws {
        let text = MarkdownRenderer().render(SyntheticReport.make())
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("| slot |") })
        // The forum post (Feb 20) comes before the filing (Mar 2) and the news (Mar 5).
        let forum = try #require(header.range(of: "forum"))
        let filing = try #require(header.range(of: "8k"))
        let news = try #require(header.range(of: "daily"))
        #expect(forum.lowerBound < filing.lowerBound && filing.lowerBound < news.lowerBound)

        let count = try #require(lines.first { $0.hasPrefix("| count |") })
        #expect(count == "| count | **⚠ 48,000,000 subscribers (claimed)** | **⚠ about 9,100,000 accounts** | about 9,000,000 accounts |")
        let ssn = try #require(lines.first { $0.hasPrefix("| data\\_type:ssn |") })
        #expect(ssn.contains("**⚠ claimed (claimed)**") && ssn.contains("**⚠ not exposed (denied)**"))
        #expect(lines.contains { $0.hasPrefix("| date:discovered |") })
        // Slots in reading order: count, dates, data types, vector.
        let slots = lines.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| slot") }.map { $0.split(separator: "|")[0] }
        #expect(slots.map { $0.trimmingCharacters(in: .whitespaces) } == ["count", "date:discovered", "data\\_type:ssn", "vector"])
    }

    @Test("Discrepancies ranked with notes, agreements listed, unreadable files named")
    func lists() {
        let text = MarkdownRenderer().render(SyntheticReport.make())
        let first = text.range(of: "1. **count**, claimed\\_vs\\_confirmed (score 0.92): The seller claims")
        let second = text.range(of: "2. **data\\_type:ssn**, exposed\\_vs\\_denied (score 0.7)")
        #expect(first != nil && second != nil)
        if let first, let second { #expect(first.lowerBound < second.lowerBound) }
        #expect(text.contains("“dump of 48 million subscribers”"))
        #expect(text.contains("### Agreements"))
        #expect(text.contains("broken.html: error empty: the file is empty"))
    }

    @Test("Document text cannot break a table row or inject markup")
    func escaping() {
        let text = MarkdownRenderer().render(SyntheticReport.make(text: SyntheticReport.hostile))
        // Only the backslash-escaped form appears, which CommonMark shows as text.
        // The renderer's own `<br>` in the table header is the only raw tag.
        #expect(!text.replacingOccurrences(of: "\\<", with: "").replacingOccurrences(of: "<br>", with: "").contains("<"))
        #expect(text.contains("\\<script\\>"))
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            // Unescaped pipes: one per cell boundary, the same on every row of a table.
            let scalars = Array(line.unicodeScalars)
            let pipes = scalars.indices.filter { scalars[$0] == "|" && ($0 == 0 || scalars[$0 - 1] != "\\") }.count
            #expect(pipes == 5, "\(line)")
        }
    }

    @Test("An empty comparison says so")
    func empty() {
        let text = MarkdownRenderer().render(Report(documents: [], facts: [], comparison: Comparison()))
        #expect(text.contains("No incidents found"))
    }
}
