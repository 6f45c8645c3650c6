/// Everything the renderers draw from: a run's documents, facts and comparison, plus where the
/// input folder is as seen from the output folder (for links to the documents).
public struct Report: Sendable, Equatable {
    public var documents: [DocumentInfo]
    public var facts: [Fact]
    public var comparison: Comparison
    /// Relative path from the output folder to the input folder, ending in `/` (`../Corpus/`);
    /// nil when documents should not be linked. Relative, so outputs do not depend on where the
    /// folders live.
    public var inputLink: String?

    public init(documents: [DocumentInfo], facts: [Fact], comparison: Comparison, inputLink: String? = nil) {
        self.documents = documents
        self.facts = facts
        self.comparison = comparison
        self.inputLink = inputLink
    }

    /// A report of a pipeline run.
    public init(_ result: Pipeline.Result, inputLink: String? = nil) {
        self.init(documents: result.documents, facts: result.facts, comparison: result.comparison, inputLink: inputLink)
    }

    /// The documents by file.
    public var documentsByFile: [String: DocumentInfo] {
        Dictionary(documents.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The incident each fact belongs to (the first incident that lists it).
    public var incidentOfFact: [Fact: String] {
        var result: [Fact: String] = [:]
        for incident in comparison.incidents {
            for fact in incident.facts where result[fact] == nil {
                result[fact] = incident.id
            }
        }
        return result
    }

    /// The link to a document's file, or nil. A part of a full submission (`filing.txt#2`) links
    /// to its submission file; every path segment is percent-encoded. A path that could leave the
    /// input folder (absolute, or with a `..` segment) is never linked: document paths are
    /// relative to the input folder by construction, so such a path can only be hostile.
    /// The incident of each fact of `facts`, by position: the same answers as `incidentOfFact`
    /// (the first incident, in `comparison.incidents` order, holding an equal fact), without a
    /// dictionary keyed by whole facts (tens of megabytes on a big folder, built by each writer).
    /// Incident facts are sorted by place once; each fact looks up the few with its place.
    public var incidentOfFactByPosition: [String?] {
        var places: [(incident: Int32, position: Int32)] = []
        for (incident, item) in comparison.incidents.enumerated() {
            for position in item.facts.indices { places.append((Int32(incident), Int32(position))) }
        }
        let incidents = comparison.incidents
        func fact(_ place: (incident: Int32, position: Int32)) -> Fact { incidents[Int(place.incident)].facts[Int(place.position)] }
        func precedes(_ a: Fact, _ b: Fact) -> Bool { (a.file, a.start, a.end) < (b.file, b.start, b.end) }
        // Stable by incident within a place, so the first match below is the first incident.
        places.sort { first, second in
            let a = fact(first), b = fact(second)
            if precedes(a, b) { return true }
            if precedes(b, a) { return false }
            return (first.incident, first.position) < (second.incident, second.position)
        }
        return facts.map { target in
            var low = 0, high = places.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(fact(places[middle]), target) { low = middle + 1 } else { high = middle }
            }
            while low < places.count {
                let candidate = fact(places[low])
                guard !precedes(target, candidate) else { break }
                if candidate == target { return incidents[Int(places[low].incident)].id }
                low += 1
            }
            return nil
        }
    }

    public func link(to file: String) -> String? {
        guard let inputLink else { return nil }
        let path = file.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? file
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return inputLink + Self.percentEncoded(path)
    }

    /// Percent-encodes everything outside RFC 3986's unreserved set, keeping `/` between segments.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
