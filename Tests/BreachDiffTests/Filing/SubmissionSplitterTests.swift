import Foundation
import Testing
@testable import BreachDiff

@Suite struct SubmissionSplitterTests {
    @Test func fullSubmissionHeaderAndParts() throws {
        let bytes = try FilingTestSupport.fixtureBytes("submission-8k-ex99-graphic.txt")
        #expect(SubmissionSplitter.looksLikeSubmission(bytes))
        let (header, parts) = SubmissionSplitter.split(bytes)
        #expect(header.accession == "0009999999-24-000123")
        #expect(header.formType == "8-K")
        // The first filer is the registrant; the FILED BY party comes later.
        #expect(header.companyName == "Quillfeather Analytics, Inc.")
        #expect(header.filed == PartialDate(year: 2024, month: 5, day: 10))
        #expect(header.periodOfReport == PartialDate(year: 2024, month: 5, day: 9))

        #expect(parts.map(\.type) == ["8-K", "EX-99.1", "GRAPHIC", "EX-99.2"])
        #expect(parts.map(\.sequence) == [1, 2, 3, 4])
        #expect(parts.map(\.filename) == ["qfa-8k.htm", "qfa-ex991.htm", "logo.jpg", "qfa-ex992.pdf"])
        #expect(parts[1].description == "PRESS RELEASE")
        let main = String(decoding: parts[0].body, as: UTF8.self)
        #expect(main.hasPrefix("<html><body>"))
        #expect(main.hasSuffix("</html>"))
        #expect(!main.contains("<TEXT>") && !main.contains("</TEXT>"))
        #expect(String(decoding: parts[1].body, as: UTF8.self).contains("reports a security event"))
        // A uuencoded graphic and a <PDF> part have no text.
        #expect(parts[2].body.isEmpty)
        #expect(parts[3].body.isEmpty)
    }

    @Test func truncatedCRLFLowerCaseSubmission() throws {
        let bytes = try FilingTestSupport.fixtureBytes("submission-truncated.txt")
        #expect(SubmissionSplitter.looksLikeSubmission(bytes))
        let (header, parts) = SubmissionSplitter.split(bytes)
        #expect(header.accession == "0009999999-24-000124")
        #expect(header.formType == "8-K/A")
        #expect(header.companyName == "Copperfield Logistics Holdings")
        #expect(parts.map(\.type) == ["8-K/A", "EX-99.1"])
        // No </text>: the first body runs to the next <document>, the last to the end of the file.
        let first = String(decoding: parts[0].body, as: UTF8.self)
        #expect(first.hasSuffix("</html>"))
        #expect(!first.contains("<document>"))
        #expect(String(decoding: parts[1].body, as: UTF8.self).hasSuffix("in the middle of a sent"))
    }

    @Test("Ordinary HTML and text are not submissions", arguments: [
        "<!DOCTYPE html><html><body><p>SECURITIES AND EXCHANGE COMMISSION</p></body></html>",
        "<?xml version=\"1.0\"?><html><body><DOCUMENT><TYPE>8-K</TYPE></DOCUMENT></body></html>",
        "<html>\n<DOCUMENT>\n<TYPE>8-K\n",
        "The <DOCUMENT> tag opens each part of an EDGAR submission.",
        "<DOCUMENT>\n<p>no type line here</p>\n<p>nor here</p>\n<p>nor here</p>\n<TYPE>8-K\n",
        "",
    ])
    func notSubmissions(text: String) {
        #expect(!SubmissionSplitter.looksLikeSubmission(Array(text.utf8)))
    }

    @Test("Lone SGML-wrapped documents are recognised", arguments: [
        "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n<html></html>\n</TEXT>\n</DOCUMENT>\n",
        "\u{FEFF}\r\n<document>\r\n<type>8-K\r\n<text>\r\nplain\r\n",
        "<IMS-DOCUMENT>x.txt : 20000101\n<IMS-HEADER>\n",
    ])
    func loneDocuments(text: String) {
        #expect(SubmissionSplitter.looksLikeSubmission(Array(text.utf8)))
    }

    @Test func loneDocumentSplitsIntoOnePart() throws {
        let bytes = Array("<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT><html><p>Body</p></html>\n".utf8)
        let (header, parts) = SubmissionSplitter.split(bytes)
        #expect(header == SubmissionHeader())
        #expect(parts.count == 1)
        #expect(parts.first?.type == "EX-99.1")
        // Markup on the <TEXT> line itself is kept.
        #expect(parts.first.map { String(decoding: $0.body, as: UTF8.self) } == "<html><p>Body</p></html>")
    }

    @Test func benchExhibitWrapper() throws {
        guard let url = FilingTestSupport.benchFile("ex99-1-buckle.html") else { return }
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(SubmissionSplitter.looksLikeSubmission(bytes))
        let (_, parts) = SubmissionSplitter.split(bytes)
        #expect(parts.map(\.type) == ["EX-99.1"])
        #expect(parts.first?.filename == "bke20241122-8kexhibit.htm")
        #expect(parts.first.map { String(decoding: $0.body.prefix(6), as: UTF8.self) } == "<html>")
    }

    @Test("Benchmark 8-K HTML files are not submissions", arguments: [
        "8k-buckle.html", "8k-nordstrom.html", "8k-0001104659-03-004925.html", "10k-0001376474-16-000635.html",
    ])
    func benchHTMLIsNotSubmission(name: String) throws {
        guard let url = FilingTestSupport.benchFile(name) else { return }
        #expect(!SubmissionSplitter.looksLikeSubmission([UInt8](try Data(contentsOf: url))))
    }
}
