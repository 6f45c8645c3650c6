import Foundation
import Testing
@testable import BreachDiff

/// Documents come from the open web and from attackers' forums: reading one must never open a
/// connection. Every way a document can name another resource points at a local listener, and
/// the test asserts nothing connected.
@Suite("Hardening: no network", .tags(.libxml2)) struct NetworkIsolationTests {
    /// Each document references the listener in one way; `%@` is the listener's base URL.
    static let references: [(name: String, template: String)] = [
        ("doctype.html", #"<!DOCTYPE html SYSTEM "%@/x.dtd"><html><body><p>Doctype text.</p></body></html>"#),
        ("public-doctype.html", #"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "%@/strict.dtd"><html><body><p>Public.</p></body></html>"#),
        ("entity.xhtml", #"<?xml version="1.0"?><!DOCTYPE html [<!ENTITY remote SYSTEM "%@/entity.txt">]><html><body><p>Entity &remote; here.</p></body></html>"#),
        ("parameter-entity.xhtml", #"<?xml version="1.0"?><!DOCTYPE html [<!ENTITY % dtd SYSTEM "%@/p.dtd"> %dtd;]><html><body><p>Parameter.</p></body></html>"#),
        ("image.html", #"<html><body><img src=%@/pixel.png><p>Image.</p><iframe src="%@/frame"></iframe></body></html>"#),
        ("xinclude.xhtml", #"<?xml version="1.0"?><html xmlns:xi="http://www.w3.org/2001/XInclude"><body><xi:include href="%@/inc.xml" parse="text"/><p>Include.</p></body></html>"#),
        ("stylesheet.html", #"<?xml-stylesheet href="%@/s.xsl" type="text/xsl"?><html><head><link rel="stylesheet" href="%@/s.css"><script src="%@/s.js"></script></head><body><p>Styles.</p></body></html>"#),
        ("base.html", #"<html><head><base href="%@/"><meta http-equiv="refresh" content="0; url=%@/r"></head><body><p>Base.</p></body></html>"#),
    ]

    @Test("Reading a document never connects anywhere", arguments: references.map(\.name))
    func noConnection(name: String) throws {
        let listener = try LoopbackListener()
        let template = try #require(Self.references.first { $0.name == name }?.template)
        let html = template.replacingOccurrences(of: "%@", with: listener.base)
        let documents = DocumentReader().read(bytes: Array(html.utf8), file: name, fileName: name)
        for document in documents { _ = FactExtractor().extract(from: document) }
        #expect(listener.connections() == 0, "\(name) made the reader connect to \(listener.base)")
        #expect(documents.count == 1)
    }

    @Test("The listener itself works, so a zero above means something")
    func listenerSeesConnections() throws {
        let listener = try LoopbackListener()
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = listener.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        #expect(listener.connections() == 1)
    }

    @Test("A whole pipeline run over hostile references connects nowhere")
    func pipeline() throws {
        let listener = try LoopbackListener()
        try Reading.withTemporaryFolder { folder in
            for (name, template) in Self.references {
                let html = template.replacingOccurrences(of: "%@", with: listener.base)
                try Data(html.utf8).write(to: folder.appendingPathComponent(name))
            }
            let result = Pipeline().run(InputScanner().files(in: [folder]), jobs: 2)
            #expect(result.documents.count == Self.references.count)
        }
        #expect(listener.connections() == 0)
    }
}
