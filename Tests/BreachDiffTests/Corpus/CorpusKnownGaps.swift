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
        // att (held out, session 4: gold written before the first run)
        "2024-07-15_news_paid-hacker.html|date 2024-04":
            "news '… had downloaded call and text logs … from a workspace it kept on Snowflake's cloud platform in April': a year-less month far from the verb",
        // target (held out, session 4: gold written before the first run; docs/testing.md)
        "2013-12-19_press-release_unauthorized-access.html|date 2013-11-27":
            "release 'The guests involved made purchases in our U.S. stores between Nov. 27 and Dec. 15, 2013': the window is the affected purchases' period; no breach verb in reach",
        "2013-12-19_press-release_unauthorized-access.html|date 2013-12-15":
            "release, same sentence: the end of the purchase window, no breach verb in reach",
        "2013-12-27_company-notice_payment-card-faq.html|date 2013-12-27":
            "FAQ heading 'Update: Friday, December 27, 2013': a dated 'Update:' heading gives no disclosure (the gold reads it as announcing the PIN finding)",
        "2015-12-03_news_bank-settlement.html|date 2015-03":
            "news 'In March, Target agreed to pay $10 million': a year-less month in a settlement recap, no settled date",
        "2015-12-03_news_bank-settlement.html|date 2015-04":
            "news 'announced a $19 million deal in April': 'deal' is no settlement word, so no settled date",
        "2015-12-03_news_bank-settlement.html|date 2015-08":
            "news 'In August it agreed to pay up to $67 million': a year-less month in a settlement recap, no settled date",
        "2015-12-03_news_bank-settlement.html|money 19000000 USD":
            "news 'Target and Mastercard announced a $19 million deal in April': 'deal' is no settlement word",
        // change-healthcare (held out, session 5: gold written before the first run; docs/testing.md)
        "2024-02-22_sec-8k_item-1-05.htm|date 2024-02-22":
            "8-K signature 'Date: February 22, 2024' is the filing date; the cover's 'Date of earliest event reported: February 21, 2024' (the discovery) is read as filed instead",
        "2024-06-20_company-notice_substitute-notice.html|date 2024-06-20":
            "notice 'This notice was posted on June 20, 2024': the dated line under the title is read as the publication date and dropped from the text",
        // 23andme (held out, session 5: gold written before the first run; docs/testing.md)
        "2023-10-06_company-notice_data-security.html|date 2023-10-06":
            "notice byline '23andMe · October 6, 2023' (a company name, a middle dot, the date): the page is dated by it, but a byline date gives no disclosed fact",
        "2023-10-10_sec-8k_item-8-01.htm|date 2023-10-10":
            "8-K signature block 'Date: October 10, 2023': the reader now dates the filing by it (SignatureDate), but the date extractor gives `filed` only from the cover's date of earliest event (October 6)",
        "2023-12-01_sec-8k-a_item-8-01.htm|date 2023-12-01":
            "8-K/A signature block 'Date: December 1, 2023': as above, the document is dated by it but no filed fact is made",
        "2023-12-01_sec-8k-a_item-8-01.htm|date 2023-10-10":
            "8-K/A explanatory note 'the Current Report … filed with the Securities and Exchange Commission on October 10, 2023': the original report's filing date, in a long sentence after the registrant's defined name; not read",
        "2024-09-13_news_settlement-brief.txt|date 2024-09-12":
            "wire 'according to a proposed settlement filed on Thursday in federal court': a weekday after 'filed' in a settlement sentence gives no settled date",
        "2024-09-13_news_settlement-brief.txt|date 2023-04":
            "wire 'the hacker logged in to accounts with reused passwords between late April 2023 and September 2023': 'logged in' is no intrusion verb, and 'late' stands before the month",
        "2024-09-13_news_settlement-brief.txt|date 2023-09":
            "wire, same sentence: the range's end",
    ]

    /// Found at the value level, but with another speaker or role field.
    static let role: [String: String] = [
        // change-healthcare (held out, session 5)
        "2024-02-22_sec-8k_item-1-05.htm|date 2024-02-21 discovered company":
            "8-K 'On February 21, 2024, UnitedHealth Group Incorporated (the Company) found that a ... threat actor ... had gained access': 'found that' is no discovery trigger; the day is found only from the cover, as filed",
        "2024-04-16_news_first-quarter-cost.html|money 22000000 USD ransom media":
            "news 'researchers who track cryptocurrency saw a payment of about $22 million in bitcoin land in a wallet tied to ALPHV': read as the attacker's (the gang named as the wallet's owner), the gold has the outlet's reporting",
        "2024-05-01_news_senate-testimony.html|money 22000000 USD ransom company":
            "news 'Witty confirmed that the company paid a ransom of $22 million': a chief executive named by his surname only is not read as the company's speaker",
        "2024-06-20_company-notice_substitute-notice.html|data_type health_info not_exposed company":
            "'we have not seen full medical histories or doctors' charts appear in the data': 'full' restricts the denial to one form of the data (by design, partial records were taken); the gold records the company's partial denial",
        "2024-10-24_news_100-million.html|money 872000000 USD incident_cost company":
            "news 'UnitedHealth has said the attack cost it $872 million': the perfect 'has said' before the clause is not read as the company's speech",
        "2025-01-27_news_190-million-brief.txt|data_type name exposed company":
            "wire 'Depending on the person, the stolen files held names, ...': no speaker in the sentence, read as the outlet's; the gold gives the list to the company (whose statement the brief relays)",
        "2025-01-27_news_190-million-brief.txt|data_type postal_address exposed company":
            "wire, same list: read as the outlet's",
        "2025-01-27_news_190-million-brief.txt|data_type date_of_birth exposed company":
            "wire, same list: read as the outlet's",
        "2025-01-27_news_190-million-brief.txt|data_type phone exposed company":
            "wire, same list: read as the outlet's",
        "2025-01-27_news_190-million-brief.txt|data_type ssn exposed company":
            "wire, same list: read as the outlet's",
        "2025-01-27_news_190-million-brief.txt|data_type health_info exposed company":
            "wire, same list: read as the outlet's",
        "2025-01-27_news_190-million-brief.txt|data_type financial_info exposed company":
            "wire, same list: read as the outlet's",
        "2025-01-27_news_190-million-brief.txt|data_type health_info not_exposed company":
            "wire 'did not see full medical histories or doctors' charts among the data': 'full' restricts the denial (see the notice's entry)",
        // round 5 (dates): value now found, speaker still differs
        "2014-02-06_blog_hvac-vendor-credentials.html|date 2013-12-15 contained company":
            "blog 'on Sunday, Dec. 15, the company confirmed that malware had been installed … and removed it': the day is found only as the capture period's end (intrusion_end); 'removed it' after a reported clause is no containment trigger",
        "2025-06-30_news_settlement-brief.txt|date 2024-04 intrusion_start court":
            "wire 'records were taken from the company's workspace … in April 2024': the date is read, speaker 'media' (the settlement papers' attribution is in the first paragraph)",
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
        // att (held out, session 4)
        "2024-07-12_sec-8k_item-1-05.htm|data_type name not_exposed company":
            "8-K: '… or other personal information such as customer names' at the end of the negated list is not read; the hedge 'tools can often link a telephone number to a name' is read as name exposed",
        "2025-06-30_news_settlement-brief.txt|count 7600000 customers company":
            "wire '… about 7.6 million current and 65.4 million former account holders': unit 'people' (the noun is shared with the second figure; the speaker is right since the ampersand-name round)",
        "2025-06-30_news_settlement-brief.txt|data_type call_records exposed court":
            "wire: the settlement papers' attribution ('according to settlement papers filed in federal court', first paragraph) does not reach the fund sentences; speaker 'media'",
        "2025-06-30_news_settlement-brief.txt|money 149000000 USD settlement court":
            "wire 'A $149 million fund is for people whose …': speaker 'media'; the court attribution is in the first paragraph",
        "2025-06-30_news_settlement-brief.txt|money 28000000 USD settlement court":
            "wire 'A separate $28 million fund covers customers …': speaker 'media'; the court attribution is in the first paragraph",
        // target (held out, session 4)
        "2013-12-20_news_40-million-cards.html|count 40000000 accounts company":
            "news 'data from about 40 million credit and debit cards': unit 'records' (cards as data items); the gold counts a card as a card account",
        "2014-02-06_blog_hvac-vendor-credentials.html|count 40000000 accounts company":
            "blog 'The tally has not moved since January: about 40 million payment cards': unit 'records' and speaker 'media' (the gold: the company's tally, in card accounts)",
        "2014-02-06_blog_hvac-vendor-credentials.html|data_type payment_card exposed researcher":
            "blog 'installed memory-scraping malware, which copies card data ...' gives no fact; payment_card comes only from the tally sentence, as 'not_exposed' (media)",
        // 23andme (held out, session 5)
        "2023-10-10_sec-8k_item-8-01.htm|date 2023-10-06 disclosed company":
            "8-K 'On October 6, 2023, 23andMe Holding Co. (the \"Company\") reported that a threat actor …': the day is found only from the cover's date of earliest event (as filed); 'reported that' gives no disclosed date",
        "2024-09-13_news_settlement-brief.txt|count 6900000 customers court":
            "wire '… over the 2023 breach in which a hacker reached the profile data of about 6.9 million customers, according to a proposed settlement': the relative clause's 'a hacker' makes it the attacker's claim; the court attribution ends the sentence",
        "2024-09-13_news_settlement-brief.txt|money 30000000 USD settlement court":
            "wire, same sentence: the amount is read as the attacker's claim (the relative clause's 'a hacker'); the headline gives a media copy",
        "2025-06-18_news_ico-fine.html|count 6900000 customers media":
            "news 'Across all countries, the attack exposed information on roughly 6.9 million 23andMe customers': read as the regulator's (the ICO's attribution carries over from the paragraphs before) and as people (the company name between figure and noun)",
        "2025-06-18_news_ico-fine.html|money 30000000 USD settlement media":
            "news 'In the US, the company agreed last year to pay $30 million to settle a class action': the outlet's recap, read as the regulator's",
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
        // att (held out, session 4)
        "att|att-data-set|money:settlement|conflict":
            "the brief's $177M, $149M and $28M are all extracted, but no conflict is reported between the total and a fund (the gold lists the pair as a 'not a contradiction' conflict, as for equifax's floor and ceiling); it was found for a while in round 5 only while the 2024 data-set pages formed an incident of their own",
        "att|att-data-set|count|exposed_vs_denied":
            "the 2021 denial is now read as the company's and a denied figure is set against a later confirmation (DeniedFigureTests), but the 2021 documents are grouped apart from the 2024 ones (see claimed_vs_confirmed); when they merge, the denial is set against the 2024 news page's 73M, which the gold did not list",
        "att|att-data-set|count|unit_mismatch":
            "73M records (the leak, news) vs 73M customers: the later pages' recaps of the data set (73M current and former customers) are grouped with the call-records incident of their own page, and the news page's other 73M is its own headline",
        "att|att-data-set|data_type:ssn|claimed_vs_confirmed":
            "the notice's and the news page's exposed lists are not read (KnownGaps.value), and the seller's 2021 claims sit in another incident",
        "att|att-data-set|data_type:date_of_birth|claimed_vs_confirmed":
            "the notice's and the news page's exposed lists are not read (KnownGaps.value), and the seller's 2021 claims sit in another incident",
        // target (held out, session 4)
        "target|target-2013|count|revised (40000000 vs 41000000)":
            "card accounts now fill the count slot (CardAccountCues), but a revision is one authority changing its own figure: the states' 'more than 41M' (regulator) against the company's 40M is two authorities, and the states' release counts its larger 60M customers as its figure for the slot",
        // change-healthcare (held out, session 5)
        "change-healthcare|change-healthcare-2024|data_type:health_info|exposed_vs_denied":
            "the two partial denials ('not seen full medical histories or doctors' charts') give no not_exposed fact (see KnownGaps.role)",
        "change-healthcare|change-healthcare-2024|money:incident_cost|conflict":
            "the $872M total and its $593M part are both extracted as the company's incident cost, but the same document's part and total are not reported as a conflict (the gold lists the pair as 'not a contradiction', as att's settlement funds)",
        // 23andme (held out, session 5)
        "23andme|23andme-2023|count|claimed_vs_confirmed":
            "incident grouping: the December news page and the 8-K/A form a second incident, so the page's 6.9M and 5.5M are set against its own recap of the seller's one million, and the forum's 1M/4M (main incident) against the October page's 'more than a million users' and the ICO page's 6.9M; no finding shares two (file, value) pairs with the gold",
        "23andme|23andme-2023|count|unit_mismatch":
            "14,000 accounts vs 6.9M people is reported as `revised` (the 8-K/A is now dated December 1, so the two company figures follow each other); the comparator does not tell a different population (accounts logged into vs people whose profiles were viewed) from a revision",
        "23andme|23andme-2023|data_type:genetic_info|claimed_vs_confirmed":
            "the forum's claimed genetic_info and the 8-K/A's exposed 'ancestry information' are both extracted, but the October news relays the seller's list as exposed (media), so the first statement of the slot is already an exposure and no claimed_vs_confirmed is reported (as for name, date_of_birth and location, where the gold-fact run finds one)",
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
