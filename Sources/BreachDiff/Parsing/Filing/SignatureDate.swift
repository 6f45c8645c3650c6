import Foundation

/// The date on a filing's signature block ("SIGNATURE" ... "Date: December 1, 2023").
///
/// The cover's "Date of Report (Date of earliest event reported)" is the date of the event, which
/// is the filing's own date for most current reports but not for an amendment filed weeks later,
/// nor for a report filed days after its event. The registrant signs on the day it files, so a
/// signature date later than the cover date is the filing's date.
enum SignatureDate {
    /// Blocks after the signature heading that are searched for the "Date:" line.
    static let reach = 8

    /// The signature block's date when it is later than `cover`; nil otherwise (no signature
    /// block, no date in it, or the same or an earlier day).
    static func later(than cover: PartialDate?, in blocks: [TextBlock]) -> PartialDate? {
        guard let cover else { return nil }
        // The last heading wins: a filing quotes "signature" in its body, the block is at the end.
        guard let heading = blocks.lastIndex(where: { isHeading($0.text) }) else { return nil }
        for block in blocks[(heading + 1)...].prefix(reach) {
            let text = block.text.trimmingCharacters(in: .whitespaces)
            guard text.lowercased().hasPrefix("date") else { continue }
            guard let date = TextDate.firstDate(in: text, limit: 12), date.day != nil else { return nil }
            return date > cover ? date : nil
        }
        return nil
    }

    /// "SIGNATURE", "SIGNATURES", "Signatures" alone on its block.
    static func isHeading(_ text: String) -> Bool {
        // Asked of every block of a filing, so the Foundation trim runs only on blocks of 9 or 10
        // non-blank scalars: trimming keeps them all, and lower-casing never removes a scalar.
        guard (9...10).contains(nonBlankCount(text, upTo: 11)) else { return false }
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        return word == "signature" || word == "signatures"
    }

    /// Scalars outside `CharacterSet.whitespaces` (general category Zs and tab), counted up to
    /// `limit`.
    static func nonBlankCount(_ text: String, upTo limit: Int) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !isBlank(scalar) {
            count += 1
            if count == limit { break }
        }
        return count
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
