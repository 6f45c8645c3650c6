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
        if head.containsBytes("securities and exchange commission"),
           head.containsBytes("form 8-k") || head.containsBytes("form 10-k") || head.containsBytes("form 10-q")
            || head.containsBytes("current report") || head.containsBytes("annual report") || head.containsBytes("section 13 or 15(d)") {
            return .secFiling
        }
        if wireName(in: head) != nil { return .pressRelease }
        if head.containsBytes("notice of data breach") || head.containsBytes("notice of data security incident")
            || head.containsBytes("notice of security incident") || head.containsBytes("dear customer") || head.containsBytes("dear valued")
            || head.containsBytes("dear member") || head.containsBytes("dear patient")
            || (head.containsBytes("what happened") && (head.containsBytes("what information was involved") || head.containsBytes("what we are doing"))) {
            return .companyNotice
        }
        if head.containsBytes("joined:"), head.containsBytes("posts:") || head.containsBytes("reputation") || head.containsBytes("threads") {
            return .forum
        }
        if let hint = FileNameHints.kind(of: fileName) { return hint }
        if head.containsBytes("posted by ") || head.containsBytes("filed under") { return .blog }
        return .news
    }

    static func wireName(in head: String) -> String? {
        wireMarkers.first { head.containsBytes($0.marker) }?.name
    }
}
