/// What one HTML parse yields, as plain Swift values: the main text and what the markup says
/// about the page (metadata tags, JSON-LD, inline XBRL facts).
struct HTMLContent: Sendable {
    var text: String = ""
    var blocks: [TextBlock] = []
    /// `<title>`, normalised.
    var title: String?
    /// `<meta>` contents by lower-cased `name`, `property` or `itemprop`; the first one wins.
    var metas: [String: String] = [:]
    /// The raw text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// The `datetime` of the first `<time>` element of the main text.
    var timeDatetime: String?
    /// Inline XBRL `ix:nonNumeric` / `ix:nonFraction` values by `name`; the first one wins.
    var inlineXBRL: [String: String] = [:]
    /// Lines of by-line and post-info boxes (`class="byline"`, `"post-meta"`): not main text,
    /// but where the author and date are.
    var metaLines: [String] = []
    var diagnostics: [Diagnostic] = []
}

/// How the walker treats an element, decided from its tag name alone.
enum ElementRole: Equatable {
    case dropped
    case block(BlockKind?)
    case lineBreak
    case inline
}

extension ElementRole {
    /// Tag names are lower-case in libxml2's HTML trees.
    init(tag: String) {
        // One hash lookup per element instead of a chain of string comparisons.
        self = Self.byTag[tag] ?? .inline
    }

    private static let byTag: [String: ElementRole] = {
        var roles: [String: ElementRole] = ["br": .lineBreak]
        for tag in ["h1", "h2", "h3", "h4", "h5", "h6"] { roles[tag] = .block(.heading) }
        for tag in ["li", "dt", "dd"] { roles[tag] = .block(.listItem) }
        for tag in ["td", "th"] { roles[tag] = .block(.tableCell) }
        roles["blockquote"] = .block(.quotation)
        for tag in ["pre", "listing", "xmp", "plaintext"] { roles[tag] = .block(.preformatted) }
        for tag in ["p", "div", "section", "article", "main", "header", "body", "table", "tr", "thead", "tbody", "tfoot",
                    "ul", "ol", "dl", "figure", "figcaption", "address", "center", "caption", "hr", "summary", "details",
                    "fieldset", "legend", "hgroup", "html", "page", "document", "text", "title"] {
            roles[tag] = .block(nil)
        }
        // Dropped tags win over every other role.
        for tag in BoilerplateRules.droppedTags { roles[tag] = .dropped }
        return roles
    }()
}

/// Everything the walker decides from an element's tag name, worked out once per distinct name.
///
/// Why: the walker used to make a `String` of every element's name and then compare it, hash
/// it and look it up a dozen times; `HTMLReader` now keeps one of these per distinct name in a
/// small cache keyed by the name's bytes (libxml2 copies the name into every element, so its
/// address cannot be the key) and reads plain fields.
struct ElementTag: Equatable {
    /// The elements whose content or attributes the walker reads for metadata.
    enum Special: Equatable {
        case none, title, meta, script, time, inlineXBRL
    }

    /// What the walker reads of a tag on every element: plain values, so copying them costs no
    /// reference counting (a copy of the whole tag retained and released its name per element).
    struct Traits: Equatable {
        var role: ElementRole
        var special: Special
        /// `BoilerplateRules.structuralTags`: never removed by the class/id rule.
        var structural: Bool
        /// `<head>` and `ix:header`: nothing below them is text.
        var suppresses: Bool
        var isHeader: Bool
        var isHeadline: Bool
        /// `<article>` and `<main>`.
        var isArticle: Bool
    }

    /// The lower-case tag name.
    var name: String
    var traits: Traits

    /// - Parameter name: the lower-case tag name as libxml2 gives it.
    init(name: String) {
        self.name = name
        let special: Special
        switch name {
        case "title": special = .title
        case "meta": special = .meta
        case "script": special = .script
        case "time": special = .time
        case "ix:nonnumeric", "ix:nonfraction": special = .inlineXBRL
        default: special = .none
        }
        traits = Traits(role: ElementRole(tag: name), special: special,
                        structural: BoilerplateRules.structuralTags.contains(name),
                        suppresses: name == "head" || name == "ix:header", isHeader: name == "header",
                        isHeadline: name == "h1", isArticle: name == "article" || name == "main")
    }
}
