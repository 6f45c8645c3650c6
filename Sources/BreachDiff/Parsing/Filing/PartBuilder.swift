/// Collects one `<DOCUMENT>` of a submission while the splitter walks its lines.
struct PartBuilder {
    var type: String?
    var filename: String?
    var description: String?
    /// First byte of the body (after `<TEXT>` and its line break).
    var bodyStart: Int?
    /// The `</TEXT>` line, when the file has one.
    var bodyEnd: Int?

    /// Part types that never carry text, whatever their body looks like.
    static let binaryTypes: Set<String> = ["GRAPHIC", "ZIP", "PDF", "EXCEL", "JPG", "GIF", "PNG", "XLSX"]

    /// Reads one line between `<DOCUMENT>` and `<TEXT>`.
    mutating func read(_ line: SGMLLine) {
        if let value = line.value(of: "TYPE") {
            type = value
        } else if let value = line.value(of: "FILENAME") {
            filename = value
        } else if let value = line.value(of: "DESCRIPTION") {
            description = value
        } else if let after = line.tagEnd("TEXT") {
            // `<TEXT>` normally stands alone on its line; when markup follows it, keep that markup.
            let rest = line.bytes[after..<line.end]
            bodyStart = rest.allSatisfy(SGMLLine.isSpace) ? line.nextStart : after
        }
    }

    /// The finished part; `end` is where its `<DOCUMENT>` stopped (next part, `</DOCUMENT>` or end of file).
    func part(sequence: Int, bytes: [UInt8], end: Int) -> SubmissionPart {
        let kind = type ?? ""
        return SubmissionPart(
            sequence: sequence, type: kind, filename: filename, description: description,
            body: Self.isBinary(type: kind) ? [] : body(bytes, end: end)
        )
    }

    static func isBinary(type: String) -> Bool {
        binaryTypes.contains(type.uppercased())
    }

    /// The text of the body without PDF/uuencoded payloads and without an `<XBRL>`/`<XML>` wrapper.
    func body(_ bytes: [UInt8], end: Int) -> [UInt8] {
        guard let start = bodyStart, start < end else { return [] }
        var upper = min(bodyEnd ?? end, end)
        var lower = start
        while lower < upper, SGMLLine.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, SGMLLine.isSpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return [] }
        if Self.startsWith(bytes, at: lower, upper: upper, "<PDF>") || Self.isUuencoded(bytes, at: lower, upper: upper) {
            return []
        }
        for wrapper in ["<XBRL>", "<XML>"] where Self.startsWith(bytes, at: lower, upper: upper, wrapper) {
            lower += wrapper.utf8.count
            let closing = "</" + wrapper.dropFirst()
            let length = closing.utf8.count
            if upper - lower >= length, Self.startsWith(bytes, at: upper - length, upper: upper, closing) {
                upper -= length
            }
            while lower < upper, SGMLLine.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, SGMLLine.isSpace(bytes[upper - 1]) { upper -= 1 }
        }
        return Array(bytes[lower..<upper])
    }

    /// ASCII prefix test without regard to case.
    static func startsWith(_ bytes: [UInt8], at index: Int, upper: Int, _ prefix: String) -> Bool {
        let pattern = Array(prefix.utf8)
        guard upper - index >= pattern.count else { return false }
        for offset in 0..<pattern.count where SGMLLine.upper(bytes[index + offset]) != SGMLLine.upper(pattern[offset]) {
            return false
        }
        return true
    }

    /// `begin 644 name.jpg`: the first line of a uuencoded payload (mode digits vary).
    static func isUuencoded(_ bytes: [UInt8], at index: Int, upper: Int) -> Bool {
        guard startsWith(bytes, at: index, upper: upper, "begin ") else { return false }
        var cursor = index + 6
        var digits = 0
        while cursor < upper, bytes[cursor] >= 0x30, bytes[cursor] <= 0x37 {
            digits += 1
            cursor += 1
        }
        return digits >= 3 && cursor < upper && bytes[cursor] == 0x20
    }
}

extension SubmissionHeader {
    /// Reads one line of the SEC header (`KEY:<tab>value`, or the `<KEY>value` form of `.hdr.sgml`).
    mutating func read(_ line: SGMLLine) {
        if accession == nil, let value = line.field("ACCESSION NUMBER") ?? line.value(of: "ACCESSION-NUMBER") {
            accession = value
        } else if formType == nil, let value = line.field("CONFORMED SUBMISSION TYPE") ?? line.value(of: "TYPE") {
            formType = value
        } else if companyName == nil, let value = line.field("COMPANY CONFORMED NAME") ?? line.value(of: "CONFORMED-NAME") {
            // The first filer is the registrant; later FILER blocks are co-registrants or filed-by parties.
            companyName = value
        } else if filed == nil, let value = line.field("FILED AS OF DATE") ?? line.value(of: "FILING-DATE") {
            filed = Self.compactDate(value)
        } else if periodOfReport == nil, let value = line.field("CONFORMED PERIOD OF REPORT") ?? line.value(of: "PERIOD") {
            periodOfReport = Self.compactDate(value)
        }
    }

    /// `20230119` as a date.
    static func compactDate(_ value: String) -> PartialDate? {
        let digits = Array(value.utf8.prefix(8))
        guard digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let text = String(decoding: digits, as: UTF8.self)
        return PartialDate(iso: "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
    }
}
