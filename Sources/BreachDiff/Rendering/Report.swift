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
