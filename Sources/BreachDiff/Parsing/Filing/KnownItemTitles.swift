/// The item titles the SEC forms prescribe, by item number.
///
/// They are not required for a heading to count (filers shorten and reword them); they serve
/// to cut a run-in heading ("Item 8.01 Other Events. On May 3, ...") off the text that follows
/// it on the same line. Numbers shared by several forms (old 8-K items 1-12 and 10-K items)
/// list every title, so the table does not need to know the form.
enum KnownItemTitles {
    static let byNumber: [String: [String]] = [
        // Form 8-K since August 2004.
        "1.01": ["Entry into a Material Definitive Agreement"],
        "1.02": ["Termination of a Material Definitive Agreement"],
        "1.03": ["Bankruptcy or Receivership"],
        "1.04": ["Mine Safety - Reporting of Shutdowns and Patterns of Violations"],
        "1.05": ["Material Cybersecurity Incidents"],
        "2.01": ["Completion of Acquisition or Disposition of Assets"],
        "2.02": ["Results of Operations and Financial Condition"],
        "2.03": ["Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant",
                 "Creation of a Direct Financial Obligation"],
        "2.04": ["Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement",
                 "Triggering Events That Accelerate or Increase a Direct Financial Obligation"],
        "2.05": ["Costs Associated with Exit or Disposal Activities"],
        "2.06": ["Material Impairments"],
        "3.01": ["Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing",
                 "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard"],
        "3.02": ["Unregistered Sales of Equity Securities"],
        "3.03": ["Material Modification to Rights of Security Holders"],
        "4.01": ["Changes in Registrant's Certifying Accountant"],
        "4.02": ["Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review"],
        "5.01": ["Changes in Control of Registrant"],
        "5.02": ["Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers",
                 "Departure of Directors or Principal Officers; Election of Directors; Appointment of Principal Officers"],
        "5.03": ["Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year"],
        "5.04": ["Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"],
        "5.05": ["Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
                 "Amendment to Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics"],
        "5.06": ["Change in Shell Company Status"],
        "5.07": ["Submission of Matters to a Vote of Security Holders"],
        "5.08": ["Shareholder Director Nominations"],
        "7.01": ["Regulation FD Disclosure"],
        "8.01": ["Other Events"],
        "9.01": ["Financial Statements and Exhibits"],
        // Form 8-K before August 2004, and Form 10-K (numbers without a decimal point).
        "1": ["Changes in Control of Registrant", "Business", "Financial Statements", "Legal Proceedings"],
        "1A": ["Risk Factors"],
        "1B": ["Unresolved Staff Comments"],
        "1C": ["Cybersecurity"],
        "2": ["Acquisition or Disposition of Assets", "Properties",
              "Management's Discussion and Analysis of Financial Condition and Results of Operations",
              "Unregistered Sales of Equity Securities and Use of Proceeds"],
        "3": ["Bankruptcy or Receivership", "Legal Proceedings", "Quantitative and Qualitative Disclosures About Market Risk",
              "Defaults Upon Senior Securities"],
        "4": ["Changes in Registrant's Certifying Accountant", "Mine Safety Disclosures", "Controls and Procedures",
              "Submission of Matters to a Vote of Security Holders"],
        "5": ["Other Events and Regulation FD Disclosure", "Other Events", "Other Information",
              "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities",
              "Market for Registrant's Common Equity and Related Stockholder Matters"],
        "6": ["Resignations of Registrant's Directors", "Selected Financial Data", "Exhibits", "[Reserved]"],
        "7": ["Financial Statements, Pro Forma Financial Information and Exhibits", "Financial Statements and Exhibits",
              "Management's Discussion and Analysis of Financial Condition and Results of Operations"],
        "7A": ["Quantitative and Qualitative Disclosures About Market Risk"],
        "8": ["Change in Fiscal Year", "Financial Statements and Supplementary Data"],
        "9": ["Regulation FD Disclosure",
              "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure"],
        "9A": ["Controls and Procedures"],
        "9B": ["Other Information"],
        "9C": ["Disclosure Regarding Foreign Jurisdictions that Prevent Inspections"],
        "10": ["Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics",
               "Directors, Executive Officers and Corporate Governance"],
        "11": ["Temporary Suspension of Trading Under Registrant's Employee Benefit Plans", "Executive Compensation"],
        "12": ["Results of Operations and Financial Condition",
               "Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters"],
        "13": ["Certain Relationships and Related Transactions, and Director Independence"],
        "14": ["Principal Accountant Fees and Services"],
        "15": ["Exhibits and Financial Statement Schedules", "Exhibits, Financial Statement Schedules"],
        "16": ["Form 10-K Summary"],
    ]

    /// Letters and digits of `text`, lower-cased: how titles are compared.
    static func key(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.compactMap { scalar in
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { return nil }
            return FilingLine.lower(scalar)
        }
    }

    /// How many scalars of `rest` a known title of `number` covers, when `rest` starts with one
    /// (ignoring case, spacing and punctuation); the longest match wins.
    static func prefixLength(of rest: ArraySlice<Unicode.Scalar>, number: String) -> Int? {
        guard let titles = byNumber[number] else { return nil }
        var best: Int?
        for title in titles {
            let wanted = key(title.unicodeScalars)
            var matched = 0
            var index = rest.startIndex
            while index < rest.endIndex, matched < wanted.count {
                let scalar = rest[index]
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    guard FilingLine.lower(scalar) == wanted[matched] else { break }
                    matched += 1
                }
                index += 1
            }
            // The title must end at a word boundary: "Other Events" is not a prefix of "Other Eventsful".
            let atBoundary = index == rest.endIndex || !rest[index].properties.isAlphabetic
            if matched == wanted.count, atBoundary, (best ?? 0) < index - rest.startIndex {
                best = index - rest.startIndex
            }
        }
        return best
    }
}
