/// Every known gap of the corpus tests, in one place. Each entry names an expected fact,
/// discrepancy or agreement of `Corpus/` that the pipeline misses today, with the reason; its
/// test runs inside `withKnownIssue`. When a gap is fixed its test fails ("known issue was not
/// recorded") until the line is removed, so these tables only shrink as the pipeline improves.

/// Expected facts the extractor does not find today.
/// Keys: `file|type value` (value level) and `file|type value role-field source` (role level).
enum KnownGaps {
    static let value: [String: String] = [
        "2021-08-15_forum_seller-thread.html|count 30000000":
            "forum 'the 30 million row subset with SSN …': 'row' is not a counted noun, no count fact",
        // equifax (held out: gold written before the first run)
        // uber, anthem (held out, session 3: gold written before the first run; docs/gold-audit.md)
        "2022-09-16_forum_slack-post-thread.html|count 57000000":
            "forum: the reader keeps only the thread's first post, so the third post ('That one was 57M people') is not in the text",
        "2022-09-16_forum_slack-post-thread.html|data_type credentials":
            "forum: the reader keeps only the first post; the second (the attacker's claimed admin credentials) is not in the text",
    ]

    /// Found at the value level, but with another speaker or role field.
    static let role: [String: String] = [
        "2019-07-29_press-release_capital-one.html|count 80000 records company":
            "'about 80,000 linked bank account numbers': unit 'accounts', the gold counts data items ('… numbers') as records",
        "2019-07-30_news_engineer-arrested.html|count 80000 records company":
            "'roughly 80,000 linked bank account numbers': unit 'accounts', the gold counts data items as records",
        "2022-04-22_company-notice_incident-updates.txt|money 80000000 USD fine regulator":
            "'paid a civil money penalty of $80 million' to the Comptroller of the Currency: speaker 'company', the gold says a fine is the regulator's statement",
        "2021-08-20_news_tally-grows.txt|count 54600000 customers media":
            "'the breach now affects roughly 54.6 million current, former and prospective customers': unit 'accounts' (the speaker, the outlet's own tally 'by our count', is right)",
        "2022-07-23_news_settlement.html|money 350000000 USD settlement company":
            "'<company> has agreed to pay $350 million to resolve a class action': speaker 'media', the gold reads the company's agreement as its statement",
        // equifax (held out)
        "2018-03-01_news_more-consumers.html|count 143000000 people company":
            "news 'When it first disclosed the breach last September, the credit bureau put the number at 143 million': speaker 'media', the outlet's recap of the company's figure",
        "2018-03-01_news_more-consumers.html|count 145500000 people company":
            "news 'It raised that to 145.5 million in October': speaker 'media' ('It' is the credit bureau of the previous sentence)",
        "2019-07-22_news_settlement.html|money 175000000 USD settlement regulator":
            "news 'The credit bureau will also pay $175 million to 48 states …': event 'fine', speaker 'media' (the FTC attribution ends the previous sentence)",
        "2019-07-22_news_settlement.html|money 100000000 USD fine regulator":
            "news '… and a $100 million civil penalty to the CFPB': speaker 'media' (the FTC attribution ends the previous sentence)",
        // anthem (held out, session 3)
    ]
}

/// Expected discrepancies (`case|incident|slot|kind`) and corpus agreements (by test name) the
/// comparison misses today.
enum KnownComparisonGaps {
    static let discrepancies: [String: String] = [
        "capital-one|capitalone-2019|data_type:ssn|claimed_vs_confirmed":
            "the news reports the hacker's boast of SSNs (extracted: ssn claimed, attacker) and the release confirms SSNs (ssn exposed, company), but StatusRules reports claimed_vs_confirmed only when the company's first statement left the data type out, and here the first statement (the release) already names it",
        "tmobile|tmobile-2022-lapsus|data_type:financial_info|exposed_vs_denied":
            "incident grouping: the blog's sentence on the 2022 LAPSUS$ intrusion ('in 2022 the LAPSUS$ group got into internal tools …') is grouped with the 2023 API incident, so its financial_info is set against the 2023 8-K and letter, not kept as a separate 2022 incident",
        // uber, anthem (held out, session 3)
        "uber|uber-2016|count|unit_mismatch":
            "the news's 57 million 'riders and drivers' are now read as users (attribution round); the comparator groups users with accounts ('500 million users' = '500 million user accounts'), so 57M users vs the headline's 57M accounts is no unit slip for it, while the gold calls it one. It was found before only because the unit was misread as 'riders'",
    ]

    static let agreements: [String: String] = [
        "within qualifier: approximately 37 million (8-K) vs 37 million (blog, news)":
            "the 8-K's 'approximately 37 million current postpaid and prepaid customer accounts' gets population 'current+postpaid+prepaid', so it is not grouped with the news and blog figures (no population); it appears only in the count unit_mismatch",
        "7.8 million stated by the release and the 8-K exhibit":
            "both state about 7.8M current postpaid accounts, but the slot holds a revision (7.8M + 5.3M = 13.1M) and the 7.8M pair is reported only inside that revised discrepancy, not as an agreement",
        "$350 million settlement stated by several documents":
            "three documents state $350M, one news page '$500 million … a sum that included a commitment to spend $150 million'; AgreementRules needs every firm value of the group to overlap, so the 500M (350M + 150M) blocks the agreement and only the conflict is reported",
    ]
}
