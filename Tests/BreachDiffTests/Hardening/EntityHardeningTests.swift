import Foundation
import Testing
@testable import BreachDiff

/// XML entity tricks in XHTML and inline-XBRL input: external entities must not read local files,
/// and nested entity definitions must not expand ("billion laughs").
@Suite("Hardening: entities and external DTDs", .tags(.libxml2)) struct EntityHardeningTests {
    /// A document that declares `&xxe;` as the contents of `url` and uses it in its body.
    static func externalEntity(_ url: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html [<!ENTITY xxe SYSTEM ""# + url
            + #"">]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Leaked: &xxe; end.</p></body></html>"#
    }

    @Test("An external entity naming a local file does not put the file into the text", arguments: ["page.xhtml", "page.html", "page.xml"])
    func localFile(name: String) throws {
        try Reading.withTemporaryFolder { folder in
            let secret = "breachdiff-secret-" + UUID().uuidString
            let file = folder.appendingPathComponent("secret.txt")
            try Data(secret.utf8).write(to: file)
            let documents = Reading.read(bytes: Array(Self.externalEntity(file.absoluteString).utf8), name: name)
            let document = try #require(documents.first)
            #expect(!document.text.contains(secret))
            #expect(!document.text.contains("breachdiff-secret"))
            #expect(document.text.contains("Leaked:"))
        }
    }

    @Test("XXE on /etc/passwd reads nothing")
    func passwd() throws {
        let document = try #require(Reading.read(bytes: Array(Self.externalEntity("file:///etc/passwd").utf8), name: "xxe.xhtml").first)
        #expect(!document.text.contains("root:"))
        #expect(!document.text.contains("/bin/"))
    }

    /// Ten levels of ten references each: 10^10 copies of "lol" if anything expanded them.
    static let billionLaughs: String = {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...10 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return #"<?xml version="1.0"?><!DOCTYPE html ["# + declarations
            + #"]><html><body><p>Laugh: &lol10; done.</p><p>The breach exposed 3 million records.</p></body></html>"#
    }()

    @Test("Billion laughs in XHTML stays small and is reported", arguments: ["laughs.xhtml", "laughs.html", "laughs.htm"])
    func billionLaughs(name: String) throws {
        let documents = Reading.read(bytes: Array(Self.billionLaughs.utf8), name: name)
        let document = try #require(documents.first)
        // No expansion: the text is no longer than the input itself.
        #expect(document.text.unicodeScalars.count < Self.billionLaughs.utf8.count)
        #expect(!document.text.contains("lollollol"))
        #expect(document.text.contains("3 million records"))
        // The DOCTYPE with declarations is malformed HTML: a warning, not silence.
        #expect(!document.errors.isEmpty, "no diagnostic for an entity-declaring DOCTYPE")
        #expect(!FactExtractor().extract(from: document).isEmpty)
    }

    @Test("Billion laughs inside an inline-XBRL filing header stays small")
    func inlineXBRL() throws {
        let body = Self.billionLaughs.replacingOccurrences(
            of: "<body>", with: #"<body><ix:header><ix:hidden><ix:nonNumeric name="dei:EntityRegistrantName">&lol10;</ix:nonNumeric></ix:hidden></ix:header>"#)
        let document = try #require(Reading.read(bytes: Array(body.utf8), name: "filing.htm").first)
        #expect(document.text.unicodeScalars.count < body.utf8.count)
        #expect(!(document.company ?? "").contains("lollol"))
    }
}
