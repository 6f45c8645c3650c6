/// Fills a document's metadata from its markup, its text and, last, its file name.
struct MetadataExtractor {
    var fileName: String
    var partType: String?

    static func looksLikeFiling(_ bytes: [UInt8]) -> Bool {
        let head = InputSniffer.lowerASCII(bytes.prefix(65536))
        return head.contains("securities and exchange commission") || head.contains("<ix:header")
    }

    func describe(_ document: inout ParsedDocument, html: HTMLContent) {
        document.title = html.title
    }

    func describe(_ document: inout ParsedDocument, plain: PlainTextContent) {
    }
}
