/// What counts as page chrome rather than main text: tag names, class/id/role tokens and the
/// headings or lines that introduce comment sections and link lists.
///
/// Everything here is a general rule about how web pages are built; none names a site.
enum BoilerplateRules {
    /// Elements whose whole subtree is never main text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "button", "select",
        "template", "object", "embed", "canvas", "video", "audio", "input", "textarea", "dialog", "menu",
        "footer",
    ]

    /// ARIA roles of landmark chrome.
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    ]

    /// Elements the class/id rule never removes: they wrap the page, and their classes often
    /// describe the page's features ("single-post comments-open") rather than the element.
    static let structuralTags: Set<String> = ["html", "body", "main", "article"]

    /// Whether a class/id value marks chrome (see `ClassNameRules`).
    static func isChrome(classOrID value: String) -> Bool {
        ClassNameRules.verdict(classOrID: value) == .chrome
    }

    /// Headings (or plain-text lines) after which the rest of the section is chrome.
    static let sectionHeadings: Set<String> = [
        "comments", "top rated comments", "leave a reply", "leave a comment", "reader comments", "join the conversation",
        "post a comment", "add a comment", "discussion", "responses",
        "popular stories", "popular", "most popular", "most read", "popular posts", "popular articles",
        "related", "related articles", "related stories", "related posts", "related content", "related news",
        "related coverage", "related reading", "you may also like", "you might also like", "recommended",
        "recommended for you", "recommended stories", "suggested post", "suggested posts", "suggested articles",
        "read more", "read next", "more stories", "more news", "latest", "latest news", "latest stories",
        "latest articles", "latest posts", "recent posts", "trending", "trending now", "trending stories",
        "about the author", "share this article", "share this story", "sign up for our newsletter",
        "subscribe to our newsletter", "more like this", "tags", "editor's picks", "editors' picks", "top stories",
    ]

    /// Prefixes of such headings ("More from ...", "12 thoughts on ...").
    static let sectionHeadingPrefixes: [String] = [
        "more from ", "thoughts on ", "responses to ", "response to ", "latest from ", "more on this", "comments on ",
    ]

    /// Whether a heading or a short line starts a chrome section. Leading counts and trailing
    /// counts or punctuation are ignored: "12 Comments", "Comments (12)", "Related Articles:".
    static func isSectionHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let key = headingKey(text)
        guard !key.isEmpty else { return false }
        if sectionHeadings.contains(key) { return true }
        return sectionHeadingPrefixes.contains { key.hasPrefix($0) }
    }

    /// Lower-cased, digits, brackets and trailing punctuation removed, spaces collapsed.
    static func headingKey(_ text: String) -> String {
        if let key = asciiHeadingKey(text) { return key }
        var out = ""
        var space = false
        for scalar in text.lowercased().unicodeScalars {
            if isKeySeparator(scalar) {
                space = !out.isEmpty
            } else {
                if space { out.unicodeScalars.append(" "); space = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What `headingKey` drops: digits, brackets, trailing punctuation and blanks, each of which
    /// separates the words it keeps.
    private static func isKeySeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "(", ")", "[", "]", ":", "|", ">", "»", "›", "•", "#", "\"", ".", "!", " ", "\t": true
        default: false
        }
    }

    /// `headingKey` of ASCII text, on bytes: every plain-text line is asked for its key two or
    /// three times, and lower-casing through `String` and appending scalar by scalar was most of
    /// the cost. nil when the text has a non-ASCII byte (its lower-casing is Unicode's).
    private static func asciiHeadingKey(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if isKeySeparator(Unicode.Scalar(byte)) {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20); space = false }
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Short lines of site furniture found at the top of saved pages or between paragraphs.
    static let menuLines: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "search", "search the site", "menu",
        "share this", "share", "share this article", "share on facebook", "share on twitter", "tweet", "email", "print",
        "sign up for our newsletter", "subscribe", "subscribe now", "sign in", "log in", "login", "register",
        "advertisement", "ad", "sponsored", "close", "toggle navigation", "main menu", "home", "copy link",
        "follow us", "newsletter", "accept cookies", "accept all cookies", "cookie settings", "listen to this article",
    ]

    static func isMenuLine(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let key = headingKey(text)
        if text.utf8.count <= 40, menuLines.contains(key) { return true }
        let words = key.split(separator: " ")
        return words.count >= 2 && words.allSatisfy { socialWords.contains(String($0)) }
    }

    /// Share-button labels: a line made only of these is a row of buttons ("Facebook Twitter LinkedIn Email").
    static let socialWords: Set<String> = [
        "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "print", "reddit", "whatsapp", "pinterest",
        "telegram", "tumblr", "flipboard", "copy", "link", "share", "tweet", "messenger", "sms", "threads", "bluesky",
    ]

    /// A row of navigation links as text: "Home | Security | Privacy | Deals", "Newsroom > News Releases",
    /// "Forums » Databases » Selling". Every part is a short capitalised label without digits or sentence
    /// punctuation; `|` rows need three parts (two could be "Published: ... | Wire"), `>`/`»`/`›` two.
    static func isMenuBar(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        var parts: [String] = []
        var current = ""
        var pipes = 0
        var arrows = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": pipes += 1
            case ">", "»", "›", "/": arrows += 1
            default: current.unicodeScalars.append(scalar); continue
            }
            parts.append(current)
            current = ""
        }
        parts.append(current)
        guard (pipes >= 2 && arrows == 0) || (arrows >= 1 && pipes == 0) else { return false }
        return parts.allSatisfy { part in
            let words = part.split(separator: " ")
            guard !words.isEmpty, words.count <= 4, let first = words[0].unicodeScalars.first else { return false }
            return first.properties.isAlphabetic
                && !part.unicodeScalars.contains { $0.properties.numericType != nil || ".,:;!?".unicodeScalars.contains($0) }
        }
    }

    /// Lines that only occur inside comment threads: "Score: 65 Votes (Like | Disagree)",
    /// "24 months ago", "Reply", "Report".
    private static let ageLines: Set<String> = [
        "second ago", "seconds ago", "minute ago", "minutes ago", "hour ago", "hours ago", "day ago", "days ago",
        "week ago", "weeks ago", "month ago", "months ago", "year ago", "years ago",
        "a day ago", "a week ago", "a month ago", "a year ago", "an hour ago", "a minute ago",
    ]

    static func isCommentLine(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let key = headingKey(text)
        if key.hasPrefix("score") && key.contains("vote") { return true }
        if ageLines.contains(key), let first = text.unicodeScalars.first, first.properties.numericType != nil || first == "a" {
            return true
        }
        return key == "reply" || key == "report" || key == "like disagree" || key == "upvote" || key == "downvote"
    }
}
