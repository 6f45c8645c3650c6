/// What an element's `class` and `id` say about it.
///
/// Each class name is looked at as its parts (split at anything but letters and digits:
/// `post-author` gives `post` and `author`) and as the compound of those parts (`postauthor`),
/// so `top-bar`, `topbar` and `top_bar` all match. Compounds are also matched by affix
/// (`topnav`, `main-nav`, `site-header`, `breadcrumbs-wrap`), which is what lets the rules
/// cover names nobody listed. Everything here describes how web pages are built; none names a site.
enum ClassNameRules {
    enum Verdict: Equatable {
        /// Nothing known: walk the element as usual.
        case content
        /// Page chrome: skipped (a `<h1>` inside is still kept, see `HTMLReader`).
        case chrome
        /// A by-line, dateline or post-info box: not main text, but read for metadata.
        case metadata
        /// A reply to the first post of a thread or a reader comment: skipped.
        case reply
    }

    /// Parts or compounds that mark chrome.
    static let chromeWords: Set<String> = [
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "reply",
        "related", "popular", "trending", "recommended", "recirc", "outbrain", "taboola", "mostread", "mostpopular",
        "share", "sharing", "sharebar", "sharethis", "addthis", "social", "socials",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "skip", "skiplink",
        "footer", "sidebar", "promo", "advert", "advertisement", "ad", "ads", "adslot", "sponsored",
        "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
        "bio", "authorbio", "modal", "popup", "paywall", "banner",
        "header", "topbar", "toolbar", "utilitybar", "headerbar", "siteheader", "globalheader", "pageheader",
        "signature", "postsignature", "sig", "usersig", "authorbox",
    ]

    /// Compounds that hold a by-line or a post's date: read for metadata, not main text.
    static let metadataWords: Set<String> = [
        "byline", "bylines", "dateline", "author", "authors", "meta", "postmeta", "entrymeta", "articlemeta",
        "storymeta", "pubdate", "publishdate", "timestamp", "posted", "postinfo", "postdate", "articleinfo",
        "postauthor", "userinfo", "authorinfo", "postprofile", "userdetails", "postuser", "userpanel", "postbitleft",
        "messageheader", "messageuserinfo",
    ]

    /// Compound prefixes and suffixes of chrome (`topnav`, `mainmenu`, `siteheader`, `breadcrumbwrap`).
    /// ("share" and "social" are not prefixes: "shareholder", "socialsecurity".)
    static let chromePrefixes = ["nav", "breadcrumb", "menu", "masthead", "footer", "sidebar", "newsletter",
                                 "comment", "related", "cookie", "skipto"]
    static let chromeSuffixes = ["nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
                                 "masthead", "footer", "topbar", "sidebar", "sharebar", "socialbar", "banner"]

    /// Compounds ending in "header" that hold the article's own headline and by-line.
    static let contentHeaders: Set<String> = [
        "articleheader", "postheader", "entryheader", "storyheader", "contentheader", "threadheader", "newsheader",
        "releaseheader", "headlineheader", "mainheader",
    ]

    /// Parts that mark the top-level posts of a thread or a comment list, where every one after the
    /// first is a reply (`post`, `message`, `postbit`).
    static let postWords: Set<String> = ["post", "message", "postbit", "postcontainer", "forumpost", "topicpost"]

    static func verdict(classOrID value: String) -> Verdict {
        var metadata = false
        for name in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let parts = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
            guard !parts.isEmpty else { continue }
            let compound = parts.joined()
            if contentHeaders.contains(compound) { continue }
            if parts.contains("reply") || parts.contains("replies") { return .reply }
            if chromeWords.contains(compound) { return .chrome }
            if metadataWords.contains(compound) { metadata = true; continue }
            if parts.contains(where: { chromeWords.contains($0) }) { return .chrome }
            if parts.contains(where: { metadataWords.contains($0) }) { metadata = true; continue }
            if compound.count > 4, !compound.hasPrefix("commentar"), chromePrefixes.contains(where: { compound.hasPrefix($0) })
                || chromeSuffixes.contains(where: { compound.hasSuffix($0) }) || compound.hasSuffix("header") {
                return .chrome
            }
            // "related-links", "comment_count": the older prefix rules.
            if parts.contains(where: { ($0.hasPrefix("comment") && !$0.hasPrefix("commentar")) || $0.hasPrefix("related") || $0.hasPrefix("newsletter") }) {
                return .chrome
            }
        }
        return metadata ? .metadata : .content
    }

    /// Whether a class/id value names a whole post of a thread (`post`, `post-1`, `message`), not a
    /// part of one (`post-body`).
    static func isPost(classOrID value: String) -> Bool {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { name in
            let parts = name.lowercased().split { !($0.isASCII && $0.isLetter) }
            return postWords.contains(parts.joined())
        }
    }
}
