import Testing
@testable import BreachDiff

/// `HTMLTreeBuilder` rebuilds, from libxml2's SAX events, the tree libxml2's own builder made.
/// The corpora (shared, bench, Corpus/) read byte-identically through both; these pin the linking
/// rules one by one on small pages.
@Suite("Reading: the tree built from SAX events", .tags(.libxml2)) struct HTMLTreeBuilderTests {
    static let options = HTMLTreeBuilder.readerOptions

    static func tree(_ html: String) throws -> HTMLTree {
        try #require(HTMLTreeBuilder.parse(Array(html.utf8), options: options)).tree
    }

    /// Text of every text node, in document order.
    static func texts(_ tree: HTMLTree) -> [String] {
        tree.nodes.indices.filter { tree.nodes[$0].kind == .text }.map { index in
            tree.withText(of: Int32(index)) { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test("Adjacent character runs and entities form one text node; a comment splits them")
    func textMerging() throws {
        let merged = try Self.tree("<p>Data of 3&nbsp;million &amp; more</p>")
        #expect(Self.texts(merged) == ["Data of 3\u{00A0}million & more"])
        let split = try Self.tree("<p>before<!-- note -->after</p>")
        #expect(Self.texts(split) == ["before", "after"])
    }

    @Test("Implied html and body wrap bare text; elements nest under their open parent")
    func impliedElements() throws {
        let tree = try Self.tree("Hackers stole <b>records</b>.")
        let names = tree.nodes.indices.filter { tree.nodes[$0].kind == .element }.map { tree.tag(of: Int32($0)).name }
        #expect(names == ["html", "body", "p", "b"])
        let bold = try #require(tree.nodes.indices.first { tree.nodes[$0].kind == .element && tree.tag(of: Int32($0)).name == "b" })
        let parent = tree.nodes[bold].parent
        #expect(tree.tag(of: parent).name == "p")
        #expect(tree.nodes[Int(parent)].firstChild >= 0)
    }

    @Test("Script content is cdata, read whole for JSON-LD; empty input gives no tree")
    func cdataAndEmpty() throws {
        let tree = try Self.tree(#"<head><script type="application/ld+json">{"a": 1}</script></head>"#)
        let script = try #require(tree.nodes.indices.first { tree.nodes[$0].kind == .element && tree.tag(of: Int32($0)).name == "script" })
        #expect(tree.content(of: Int32(script)) == #"{"a": 1}"#)
        #expect(HTMLTreeBuilder.parse([], options: Self.options) == nil)
    }

    @Test("Only the attributes the walker reads are kept, with their values")
    func attributes() throws {
        let tree = try Self.tree(#"<div href="x" class="post" data-id="7" style="display: NONE">t</div>"#)
        let div = try #require(tree.nodes.indices.first { tree.nodes[$0].kind == .element && tree.tag(of: Int32($0)).name == "div" })
        let kept = tree.attributes(of: Int32(div))
        #expect(kept.map(\.name) == [.classOrID, .style])
        #expect(kept.first.map(tree.value(of:)) == "post")
        #expect(kept.last?.hidesElement == true)
    }

    @Test("Metadata attributes are kept on the elements that carry metadata only")
    func metadataAttributesOnSpecialElements() throws {
        let tree = try Self.tree(#"<head><meta name="author" content="A"></head><p name="n" content="c" class="x" type="t">t</p>"#)
        func kept(_ tag: String) throws -> [AttributeName] {
            let node = try #require(tree.nodes.indices.first { tree.nodes[$0].kind == .element && tree.tag(of: Int32($0)).name == tag })
            return tree.attributes(of: Int32(node)).map(\.name)
        }
        #expect(try kept("meta") == [.name, .content])
        #expect(try kept("p") == [.classOrID])
    }

    @Test("Nesting beyond the maximum depth is flattened, never deeper", arguments: [10, 600, 5_000])
    func depth(levels: Int) throws {
        let html = String(repeating: "<div>", count: levels) + "deep text" + String(repeating: "</div>", count: levels) + "<p>after</p>"
        let result = try #require(HTMLTreeBuilder.parse(Array(html.utf8), options: Self.options))
        var deepest = 0
        for index in result.tree.nodes.indices {
            var depth = 0
            var parent = result.tree.nodes[index].parent
            while parent > 0 { depth += 1; parent = result.tree.nodes[Int(parent)].parent }
            deepest = max(deepest, depth)
        }
        #expect(deepest <= HTMLTreeBuilder.maximumDepth + 1)
        #expect(result.flattened == (levels + 2 > HTMLTreeBuilder.maximumDepth))
        #expect(Self.texts(result.tree) == ["deep text", "after"])
    }
}
