import Foundation
import Testing
@testable import BreachDiff

/// The class/id, menu-bar, by-line and forum rules, each on a small page written for the quirk.
@Suite("Page chrome") struct PageChromeTests {
    @Test("class/id verdicts", arguments: zip(
        ["topnav", "top-bar", "site-header", "main-nav", "navbar", "breadcrumbs", "wire-header", "menu", "masthead",
         "article-header", "post-body", "post reply", "byline", "post-author", "author-bio", "shareholder-letter",
         "commentary", "entry-content", "story", "thread"],
        [ClassNameRules.Verdict.chrome, .chrome, .chrome, .chrome, .chrome, .chrome, .chrome, .chrome, .chrome,
         .content, .content, .reply, .metadata, .metadata, .chrome, .content, .content, .content, .content, .content]))
    func verdicts(_ value: String, _ expected: ClassNameRules.Verdict) {
        #expect(ClassNameRules.verdict(classOrID: value) == expected)
    }

    @Test("Menu bars", arguments: zip(
        ["Home | Security | Privacy | Deals", "Newsroom > News Releases", "Forums » Databases » Selling",
         "Published: July 23, 2022 | PA Wire", "Revenue | 2021 | 2022", "The company said > 5 million were hit.",
         "Facebook Twitter LinkedIn Email"],
        [true, true, true, false, false, false, false]))
    func menuBars(_ text: String, _ expected: Bool) {
        #expect(BoilerplateRules.isMenuBar(text) == expected)
    }

    @Test("By-lines and datelines", arguments: zip(
        ["By Lee Kwan", "By Dana Ortiz · August 16, 2021", "August 20, 2021", "Published: July 23, 2022 | PA Wire",
         "company disclosed on september 22, 2016", "By Monday the carrier had found another 5 million accounts.",
         "Updated on March 3, 2020 at 4 pm"],
        [true, true, true, true, false, false, true]))
    func bylines(_ text: String, _ expected: Bool) {
        #expect((MainTextFilter.isByline(text) || MainTextFilter.isDateline(text)) == expected)
    }

    @Test("A forum thread keeps its title and first post; replies, user info and signatures go", .tags(.libxml2))
    func forumThread() throws {
        let html = """
        <html><head><title>WTS - telecom dump | Board</title><meta property="og:site_name" content="Board"></head><body>
        <div id="header"><a href="/">Board</a> | <a href="/f">Forums</a> | <a href="/l">Login</a></div>
        <div class="topic"><h1>WTS - telecom dump</h1>
        <div class="message" id="m1"><div class="post-author"><span class="user">seller9</span><span class="rank">Member</span>
        <span class="joined">Joined: May 2020</span><span class="rep">Reputation: 4</span> <time datetime="2020-06-02">June 2, 2020</time></div>
        <div class="message-body"><p>Offering four million subscriber rows with names and phone numbers.</p></div>
        <div class="signature">DM for escrow.</div></div>
        <div class="message" id="m2"><div class="post-author"><span class="user">buyer1</span></div>
        <div class="message-body"><p>Is it really forty million?</p></div></div>
        </div></body></html>
        """
        let document = try #require(Reading.read(bytes: Array(html.utf8), name: "thread.html").first)
        #expect(document.text == "WTS - telecom dump\n\nOffering four million subscriber rows with names and phone numbers.")
        #expect(document.title == "WTS - telecom dump")
        #expect(document.kind == .forum)
        #expect(document.published?.description == "2020-06-02")
        Reading.expectConsistentOffsets(document)
    }

    /// A seller's later posts in their own thread carry claims (updated counts, more data types);
    /// other members' replies stay out. The author box varies: a bare name before a rank, a name
    /// span after a label, a reply class on the starter's own post.
    @Test("A thread keeps the starter's later posts and drops other members' replies", .tags(.libxml2), arguments: [
        ("<div class=\"author\">dumpking <span class=\"rank\">Member</span> <span class=\"posted\">Posted 3 May 2021</span></div>",
         "<div class=\"author\">DumpKing <span class=\"rank\">Member</span> <span class=\"posted\">Posted 4 May 2021</span></div>",
         "<div class=\"author\">lurker_7 <span class=\"rank\">Newbie</span></div>"),
        ("<div class=\"post-author\">Posted by <a class=\"username\" href=\"/u/1\">dumpking</a> <time>May 3</time></div>",
         "<div class=\"post-author\">Posted by <a class=\"username\" href=\"/u/1\">dumpking</a> <time>May 4</time></div>",
         "<div class=\"post-author\">Posted by <a class=\"username\" href=\"/u/2\">lurker_7</a> <time>May 4</time></div>"),
    ])
    func starterFollowUps(_ starter: String, _ followUp: String, _ other: String) throws {
        let html = """
        <html><head><title>Selling - retailer card dump | Board</title></head><body>
        <div class="thread"><h1>Selling - retailer card dump</h1>
        <div class="post">\(starter)<div class="post-body"><p>Selling two million card records from a retailer.</p></div></div>
        <div class="post">\(other)<div class="post-body"><p>Fake, it is an old dump of forty million.</p></div></div>
        <div class="post reply">\(followUp)<div class="post-body"><p>Update: it is three million records, PINs included.</p></div></div>
        <div class="post reply">\(other)<div class="post-body"><p>Still fake.</p></div></div>
        </div></body></html>
        """
        let document = try #require(Reading.read(bytes: Array(html.utf8), name: "thread.html").first)
        #expect(document.blocks.map(\.text) == [
            "Selling - retailer card dump",
            "Selling two million card records from a retailer.",
            "Update: it is three million records, PINs included.",
        ])
        Reading.expectConsistentOffsets(document)
    }

    @Test("Posts without a readable author stay replies", .tags(.libxml2))
    func anonymousReplies() throws {
        let html = """
        <html><body><div class="thread"><h1>Leak</h1>
        <div class="post"><div class="author">Posted by</div><p>Ten million rows.</p></div>
        <div class="post"><div class="author">Posted by</div><p>Twenty million rows.</p></div>
        </div></body></html>
        """
        let document = try #require(Reading.read(bytes: Array(html.utf8), name: "thread.html").first)
        #expect(document.blocks.map(\.text) == ["Leak", "Ten million rows."])
    }

    @Test("Navigation bars by id, role and compound class go; a headline inside a site header stays", .tags(.libxml2))
    func navigationBars() throws {
        let html = """
        <html><body><div id="top-bar"><a>Paper</a> <a>Subscribe</a> <a>Sign in</a></div>
        <div id="menu" role="navigation"><a>News</a> <a>Sport</a></div>
        <div class="site-header"><h1>Bank says 2 million cards were exposed</h1><a>Home</a> <a>Business</a></div>
        <div class="wire-header"><a>Newsroom</a> &gt; <a>Releases</a></div>
        <p class="byline">By Ann Lee &middot; <time datetime="2022-03-04">March 4, 2022</time></p>
        <p>The bank said on Friday that card numbers of about 2 million customers had been exposed in an attack.</p>
        </body></html>
        """
        let document = try #require(Reading.read(bytes: Array(html.utf8), name: "page.html").first)
        #expect(document.blocks.map(\.text) == [
            "Bank says 2 million cards were exposed",
            "The bank said on Friday that card numbers of about 2 million customers had been exposed in an attack.",
        ])
        #expect(document.published?.description == "2022-03-04")
    }

    @Test("Saved page: share buttons under the headline do not cut the article; comments after it do")
    func savedPageShareLine() {
        let text = """
        Skip to content
        Home | World | Tech | Newsletter

        Retailer confirms card breach

        By Kim Park
        May 5, 2020

        Share this article
        Facebook Twitter Email

        The retailer said attackers copied payment card data from its checkout systems between March and April of this year.

        It said about 1.2 million cards may be affected and that customers would be notified by mail in the coming weeks.

        Leave a Reply
        They took my card too, and 9 million others.
        """
        let document = DocumentReader().read(text: text, file: "2020-05-05_news_x.txt")
        #expect(document.blocks.map(\.text) == [
            "Retailer confirms card breach",
            "The retailer said attackers copied payment card data from its checkout systems between March and April of this year.",
            "It said about 1.2 million cards may be affected and that customers would be notified by mail in the coming weeks.",
        ])
        #expect(document.title == "Retailer confirms card breach")
        Reading.expectConsistentOffsets(document)
    }

    @Test("A site-name suffix leaves the title", arguments: zip(
        ["Headline here - Paper", "Headline here | Paper", "Q&A - the basics", "Notice - Acme"],
        ["Headline here", "Headline here", "Q&A - the basics", "Notice - Acme"]))
    func titleSuffix(_ title: String, _ expected: String) {
        #expect(MetadataExtractor.title(title, publisher: "Paper", headings: []) == expected)
    }
}
