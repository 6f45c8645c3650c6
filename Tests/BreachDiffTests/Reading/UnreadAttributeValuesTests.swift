import Foundation
import Testing
@testable import BreachDiff

/// `UnreadAttributeValues` empties attribute values before libxml2 parses a page; libxml2 must
/// then build the same tree (elements, texts, kept attributes) and report the same errors.
/// Each case is parsed both ways and compared, on hand-picked tricky markup, on thousands of
/// random mixes of it, and on the HTML pages of the shared corpus.
@Suite("Reading: unread attribute values emptied before parsing", .tags(.libxml2))
struct UnreadAttributeValuesTests {
    /// Pieces of markup that move libxml2's tokenizer between its states.
    static let pieces: [String] = [
        #"<div style="color:red; font-size:10pt">"#, #"<div style="display:none">"#, #"<td valign="top" style="width:50%">"#,
        #"<p class="x" style='a>b c'>"#, "<span style=margin:0>", "</div>", "</p>", "</td>", "text ", " more text\n",
        "<", ">", "&amp;", "\"", "'", "=", "/", "<!-- note -->", "<!-- <div style=\"x:y\"> -->", "<!-->", "<!--->",
        "<!-- a --!> b -->", "<script>", "</script>", "</scripts>", "<style>", "</style>", "<SCRIPT type=\"text/x\">",
        "</SCRIPT >", "<script/>", "<style />", "<br/>", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<![CDATA[ x ]]>",
        "</ div>", "</div x>", "<textarea>", "</textarea>", "<title>", "</title>", "<xmp>", "<iframe>", "</iframe>",
        "<noscript>", "<div \"bogus>\"style=\"q:r\">", "<a href=\"http://x/?a=1&b=2\" style=\"color:blue\">",
        "<meta name=\"description\" content=\"a summary\" style=\"x:y\">",
        "<ix:nonNumeric name=\"dei:DocumentType\" contextRef=\"c-1\" format=\"ixt:x\">8-K</ix:nonNumeric>",
        "<div style=\"visibility : hidden\">", "<div style=\"a:b;\nc:d\">", "<div style>", "<div style=>",
        "<img src='a.png' / >", "<div/ style=\"x:y\">", "</", "<_x>", "<1>", "<div\tstyle=\"x:y\"\n>",
        "<div style=\"display:&#110;one\">", "<span STYLE=\"DISPLAY:NONE\">", "<div id=\"main\" data-x=\"12345\">",
        "<div style=\"caf\u{E9}:x\">", "<div style=\"tab\there\">", "<table border=\"1\" cellpadding=\"4\">", "<html>",
        "<body bgcolor=\"white\">", "<head>", "<?php echo 1 ?>", "<!doctype html public \"-//W3C//DTD\">", "\u{00A0}",
        "<script>var s = '<div style=\"x:y\">';</script>", "<td valign=\"top\"\r\n style=\"x:y;\r\ndisplay:\rnone\">",
        "<td width=100 nowrap align=center>", "<script type=\"application/LD+JSON\">{\"headline\": \"x\"}</script>",
        "<title>A <b>b</b><script>var a = 1;</script></title>", "<ix:nonNumeric name=\"n\"><style>p{}</style>v</ix:nonNumeric>",
        "<script>a</b>c</script>", "<script>\r\nvar x;\r\n</script>", "<style>\u{1}</style>", "<script>x = '\u{FFFF}'</script>",
        "<title>plain</title>", "<script type='text/javascript'>if (a < b) {}</script>", "<p style=\"a:b\" style=\"display:none\">", "<td valign=top/>", "<style>p { color: red }</style>", "<div role=\"navigation\">",
    ]

    /// The tree as comparable text: kinds, nesting, tag names, texts, kept attributes (a style
    /// by whether it hides, the only thing read of it; not the text of scripts and styles).
    static func dump(_ bytes: [UInt8]) -> String {
        guard let tree = HTMLTreeBuilder.parse(bytes, options: HTMLTreeBuilder.readerOptions)?.tree else { return "nil" }
        var lines: [String] = []
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            var line = "\(node.kind) p\(node.parent) n\(node.next)"
            switch node.kind {
            case .element:
                line += " " + tree.tag(of: Int32(index)).name
                // A style that does not hide is as good as none (only `hidesElement` is read).
                for attribute in tree.attributes(of: Int32(index)) where attribute.name != .style || attribute.hidesElement {
                    line += " \(attribute.name)=" + (attribute.name == .style ? "hides" : tree.value(of: attribute))
                }
            case .text:
                line += " " + tree.withText(of: Int32(index)) { String(decoding: $0, as: UTF8.self) }
            case .document, .other, .cdata:
                // Script and style content no one reads is emptied; `read` compares what is read.
                break
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Everything the HTML reader gives, errors included, as comparable text.
    static func read(_ bytes: [UInt8], emptying: Bool) -> String {
        var reader = HTMLReader(file: "page.html")
        reader.emptiesUnreadValues = emptying
        let content = reader.read(utf8: bytes)
        return [content.text, "\(content.blocks)", content.title ?? "-", "\(content.metas.sorted { $0.key < $1.key })",
                "\(content.jsonLD)", content.timeDatetime ?? "-", "\(content.inlineXBRL.sorted { $0.key < $1.key })",
                "\(content.metaLines)", "\(content.diagnostics)"].joined(separator: "\n")
    }

    static func expectSameParse(_ html: String) {
        let bytes = Array(html.utf8)
        let emptied = UnreadAttributeValues.emptied(bytes) ?? bytes
        #expect(dump(emptied) == dump(bytes), "\(html)")
        #expect(read(bytes, emptying: true) == read(bytes, emptying: false), "\(html)")
    }

    @Test("The linked libxml2 is the version the scan follows")
    func version() {
        #expect(HTMLTreeBuilder.tokenizesAsVersion2_9_14)
    }

    @Test("Unread attributes are taken out, read ones and line breaks kept")
    func emptiesOnlyUnread() throws {
        let html = "<td valign=\"top\" style=\"font-size:10pt;\nwidth:5%\" class=\"cell\"><div style=\"display:none\">x</div>"
        let emptied = try #require(UnreadAttributeValues.emptied(Array(html.utf8)))
        #expect(String(decoding: emptied, as: UTF8.self)
            == "<td  \n class=\"cell\"><div style=\"display:none\">x</div>")
        // A name given twice keeps every attribute of the tag; unread values are emptied.
        let twice = try #require(UnreadAttributeValues.emptied(Array("<td valign=\"top\" VALIGN=\"top\">".utf8)))
        #expect(String(decoding: twice, as: UTF8.self) == "<td valign=\"\" VALIGN=\"\">")
        #expect(UnreadAttributeValues.emptied(Array("<p class=\"lead\">no</p>".utf8)) == nil)
    }

    @Test("Markup inside scripts and comments is not a tag; unread script content becomes its line breaks")
    func rawText() throws {
        let html = "<script type=\"application/ld+json\">{\"a\": \"<td valign='top'>\"}</script>"
            + "<script>x = '<td valign=\"top\">'\n</script><!-- <td valign=\"top\"> --><td valign=\"top\">"
        let emptied = try #require(UnreadAttributeValues.emptied(Array(html.utf8)))
        #expect(String(decoding: emptied, as: UTF8.self)
            == "<script type=\"application/ld+json\">{\"a\": \"<td valign='top'>\"}</script>"
            + "<script>\n</script><!-- <td valign=\"top\"> --><td >")
    }

    @Test("A tag with more attributes than are compared pairwise is read through a set, repeats included")
    func manyAttributes() throws {
        for count in [UnreadAttributeValues.pairwiseLimit, UnreadAttributeValues.pairwiseLimit + 1, 5_000] {
            let attributes = (0..<count).map { " data-a\($0)=\"v\($0)\"" }.joined()
            let html = "<td" + attributes + " valign=\"top\">x</td>"
            let emptied = try #require(UnreadAttributeValues.emptied(Array(html.utf8)))
            // No name repeats: every unread attribute goes whole.
            #expect(!String(decoding: emptied, as: UTF8.self).contains("data-a"), "\(count)")
            Self.expectSameParse(html)
            // One name given twice (in another case): the names stay, only the values go.
            let repeated = "<td" + attributes + " DATA-A0=\"w\">x</td>"
            let kept = try #require(UnreadAttributeValues.emptied(Array(repeated.utf8)))
            #expect(String(decoding: kept, as: UTF8.self).hasPrefix("<td data-a0=\"\" data-a1=\"\""), "\(count)")
            Self.expectSameParse(repeated)
        }
    }

    /// The scan reads names and quoted values eight bytes at a time: names longer than a word,
    /// names with "_" (which the folding turns into 0x7F), quotes at every offset of a word,
    /// values that end within the input's last eight bytes, and line breaks around "=".
    static let wordEdges: [String] = [
        "<td data-abcdefgX=\"1\" data-abcdefgx=\"2\">", "<td data-abcdefgX=\"1\" data-abcdefgY=\"2\">",
        "<td data-abcdefg=\"1\" data-abcdefgh=\"2\">", "<td contextRef=\"c\" CONTEXTREF=\"d\">",
        "<td data_x=\"1\" DATA_X=\"2\">", "<td data_x=\"1\" data\u{7F}x=\"2\">", "<td a_=\"1\" a\u{7F}=\"2\">",
        "<td valign\n=\"top\" width=\n\"5\">x", "<td bgcolor\r\n= white>x", "<td valign=\"a\nb\">x",
        "<td valign=\"top\">", "<td valign=\"top", "<td width=\"1\"", "<td style=\"a:b\">", "<a href='x&amp;y'>",
        "<td aria-hidden=\"true\" http-equiv=\"x\" ARIA-HIDDEN=\"y\">",
    ] + (0..<17).map { "<td valign=\"" + String(repeating: "t", count: $0) + "\" width=\"" + String(repeating: "w", count: $0) + "\">x" }
        + (0..<17).map { "<td valign=\"" + String(repeating: "t", count: $0) + "&\u{E9}\u{1}\" width=\"1\">x" }

    @Test("Word-sized reads of names and values parse the same", arguments: wordEdges)
    func wordEdge(_ html: String) {
        Self.expectSameParse(html)
        Self.expectSameParse(html + "</td>")
        Self.expectSameParse("<p>" + html)
    }

    @Test("Names are compared beyond their first eight bytes; a line break around \"=\" stays")
    func longNamesAndLineBreaks() throws {
        let differ = try #require(UnreadAttributeValues.emptied(Array("<td data-abcdefgX=\"1\" data-abcdefgY=\"2\">".utf8)))
        #expect(String(decoding: differ, as: UTF8.self) == "<td  >")
        let same = try #require(UnreadAttributeValues.emptied(Array("<td data-abcdefgX=\"1\" DATA-ABCDEFGx=\"2\">".utf8)))
        #expect(String(decoding: same, as: UTF8.self) == "<td data-abcdefgX=\"\" DATA-ABCDEFGx=\"\">")
        let underscore = try #require(UnreadAttributeValues.emptied(Array("<td data_x=\"1\" DATA_X=\"2\">".utf8)))
        #expect(String(decoding: underscore, as: UTF8.self) == "<td data_x=\"\" DATA_X=\"\">")
        let broken = try #require(UnreadAttributeValues.emptied(Array("<td valign\n=\n\"top\" class=\"c\">".utf8)))
        #expect(String(decoding: broken, as: UTF8.self) == "<td \n\n class=\"c\">")
    }

    @Test("Each piece alone and after a styled cell parses the same", arguments: pieces)
    func piece(_ piece: String) {
        Self.expectSameParse(piece)
        Self.expectSameParse("<td valign=\"top\" style=\"width:5%\">" + piece + "<div style=\"margin:0\">after</div>")
    }

    @Test("Random mixes of the pieces parse the same")
    func randomMixes() {
        var generator = SplitMix(seed: 0x5EED)
        var emptiedCount = 0
        for _ in 0..<1500 {
            var html = ""
            for _ in 0..<Int(generator.next() % 30 + 2) {
                html += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
            }
            if UnreadAttributeValues.emptied(Array(html.utf8)) != nil { emptiedCount += 1 }
            Self.expectSameParse(html)
        }
        #expect(emptiedCount > 300)
    }

    @Test("The shared corpus's HTML pages parse the same")
    func sharedCorpus() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../shared")
        for folder in ["corpus", "bench-html"] {
            guard let files = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let file as String in files where file.hasSuffix(".htm") || file.hasSuffix(".html") {
                guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(folder).appendingPathComponent(file).path)
                else { continue }
                let bytes = ByteDecoder.decode([UInt8](data), declared: nil).utf8
                let emptied = UnreadAttributeValues.emptied(bytes) ?? bytes
                #expect(Self.dump(emptied) == Self.dump(bytes), "\(file)")
            }
        }
    }
}

/// A small seeded generator, so that a failing mix can be found again.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
