/// Decides a document's kind from content cues; the file-name hint is only a fallback.
enum DocumentClassifier {
    /// Wire services and how their datelines name them (lower-cased).
    static let wireMarkers: [(marker: String, name: String)] = [
        ("/prnewswire/", "PR Newswire"), ("/prnewswire-firstcall/", "PR Newswire"), ("/business wire/", "Business Wire"),
        ("(business wire)", "Business Wire"), ("globe newswire", "GlobeNewswire"), ("/globenewswire/", "GlobeNewswire"),
        ("/accesswire/", "ACCESSWIRE"), ("/marketwired/", "Marketwired"), ("/cnw/", "Canada Newswire"),
    ]

    /// - Parameters:
    ///   - head: the lower-cased start of the main text (a few thousand characters).
    static func kind(head: String, partType: String?, fileName: String) -> DocumentKind {
        if let partType {
            return partType.uppercased().hasPrefix("EX-99") ? .pressRelease : .secFiling
        }
        if head.contains("securities and exchange commission"),
           head.contains("form 8-k") || head.contains("form 10-k") || head.contains("form 10-q")
            || head.contains("current report") || head.contains("annual report") || head.contains("section 13 or 15(d)") {
            return .secFiling
        }
        if wireName(in: head) != nil { return .pressRelease }
        if head.contains("notice of data breach") || head.contains("notice of data security incident")
            || head.contains("notice of security incident") || head.contains("dear customer") || head.contains("dear valued")
            || head.contains("dear member") || head.contains("dear patient")
            || (head.contains("what happened") && (head.contains("what information was involved") || head.contains("what we are doing"))) {
            return .companyNotice
        }
        if head.contains("joined:"), head.contains("posts:") || head.contains("reputation") || head.contains("threads") {
            return .forum
        }
        if let hint = FileNameHints.kind(of: fileName) { return hint }
        if head.contains("posted by ") || head.contains("filed under") { return .blog }
        return .news
    }

    static func wireName(in head: String) -> String? {
        wireMarkers.first { head.contains($0.marker) }?.name
    }
}
