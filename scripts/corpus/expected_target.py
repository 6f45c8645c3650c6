# Regenerate with: python3 scripts/corpus/expected_target.py
# Held-out case (session 4): the gold below was written from the documents before BreachDiff was run on them.
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from make_expected import *


CO, REG, MEDIA, COURT, RES = "company", "regulator", "media", "court", "researcher"
I13 = "target-2013"
PR = "2013-12-19_press-release_unauthorized-access.html"
N1 = "2013-12-20_news_40-million-cards.html"
FAQ = "2013-12-27_company-notice_payment-card-faq.html"
PR2 = "2014-01-10_press-release_guest-information-update.txt"
N2 = "2014-01-11_news_as-many-as-110-million.html"
BL = "2014-02-06_blog_hvac-vendor-credentials.html"
K10 = "2015-03-13_sec-10k_data-breach-excerpt.htm"
N3 = "2015-12-03_news_bank-settlement.html"
AG = "2017-05-23_press-release_multistate-settlement.html"

# Annotator's choices: a payment card is a card account, so "40 million cards" and "40 million card
# accounts" are both `accounts` (the same unit for a researcher); card number, expiration date and
# CVV/verification code are `payment_card`; debit PINs (encrypted or not) are `account_pin`, and
# encrypted PIN data that was taken is `exposed` even where the company adds that PINs stay safe.
# The vendor's stolen login is the way in, not data of the breach's victims: no `credentials` fact.
WINDOW_START, WINDOW_END = "2013-11-27", "2013-12-15"

docs = [
 doc(PR, "press-release", "2013-12-19", CO, [
   D("Thursday, December 19, 2013", "disclosed", "2013-12-19"),
   C("approximately 40 million credit and debit card accounts", 40000000, "accounts", "approximately"),
   D("between Nov. 27 and Dec. 15, 2013", "intrusion_start", WINDOW_START),
   D("between Nov. 27 and Dec. 15, 2013", "intrusion_end", WINDOW_END),
   T("includes the customer's name, the credit or debit card number, and the card's expiration date and the three-digit CVV security code",
     "name payment_card", "exposed"),
 ]),
 doc(N1, "news", "2013-12-20", MEDIA, [
   C("data from about 40 million credit and debit cards", 40000000, "accounts", "approximately", source=CO),
   D("the theft began on Nov. 27, the day before Thanksgiving, and ran until Dec. 15", "intrusion_start", WINDOW_START, source=CO),
   D("the theft began on Nov. 27, the day before Thanksgiving, and ran until Dec. 15", "intrusion_end", WINDOW_END, source=CO),
   T("the attackers could have captured customers' names, card numbers, expiration dates and the three-digit security codes",
     "name payment_card", "exposed", source=CO),
   T("the company had no indication that PIN numbers had been compromised", "account_pin", "not_exposed", source=CO),
 ]),
 doc(FAQ, "company-notice", "2013-12-27", CO, [
   # A dated update heading that announces new findings is the disclosure of those findings.
   D("Update: Friday, December 27, 2013", "disclosed", "2013-12-27"),
   T("strongly encrypted PIN data was removed from our systems", "account_pin", "exposed"),
   C("About 40 million credit and debit card accounts may have been affected", 40000000, "accounts", "approximately"),
   D("The data was taken from cards swiped in our U.S. stores between Nov. 27 and Dec. 15, 2013", "intrusion_start", WINDOW_START),
   D("The data was taken from cards swiped in our U.S. stores between Nov. 27 and Dec. 15, 2013", "intrusion_end", WINDOW_END),
   T("The data taken includes guests' names, credit and debit card numbers, card expiration dates and CVV codes",
     "name payment_card", "exposed"),
   T("Social Security numbers, dates of birth and driver's license numbers were not part of the card data involved in this incident",
     "ssn date_of_birth drivers_license", "not_exposed"),
 ]),
 doc(PR2, "press-release", "2014-01-10", CO, [
   D("January 10, 2014 08:00 AM Eastern Standard Time", "disclosed", "2014-01-10"),
   D("the data breach announced on Dec. 19", "disclosed", "2013-12-19"),
   T("The stolen information includes names, mailing addresses, phone numbers or email addresses",
     "name postal_address phone email", "exposed"),
   C("phone numbers or email addresses for up to 70 million individuals", 70000000, "individuals", "up_to"),
   C("approximately 40 million credit and debit card accounts the company reported in December", 40000000, "accounts", "approximately"),
 ]),
 doc(N2, "news", "2014-01-11", MEDIA, [
   T("hackers had also stolen names, mailing addresses, phone numbers or email addresses", "name postal_address phone email", "exposed", source=CO),
   C("belonging to as many as 70 million people", 70000000, "people", "up_to", source=CO),
   C("the roughly 40 million credit and debit card accounts that Target said last month", 40000000, "accounts", "approximately", source=CO),
   T("credit and debit card accounts that Target said last month had been compromised", "payment_card", "exposed", source=CO),
   D("compromised at its U.S. stores between Nov. 27 and Dec. 15", "intrusion_start", WINDOW_START, source=CO),
   D("compromised at its U.S. stores between Nov. 27 and Dec. 15", "intrusion_end", WINDOW_END, source=CO),
   C("the breach may have touched as many as 110 million people", 110000000, "people", "up_to"),
   # Within a month of publication: the date policy drops it (a news peg).
   D("On Dec. 27 it acknowledged that encrypted PIN data had been taken", "disclosed", "2013-12-27", source=CO),
   T("it acknowledged that encrypted PIN data had been taken from debit cards", "account_pin", "exposed", source=CO),
 ]),
 doc(BL, "blog", "2014-02-06", RES, [
   D("the Justice Department notified the company of suspicious card activity on the evening of Dec. 12", "discovered", "2013-12-12", source=CO),
   D("on Sunday, Dec. 15, the company confirmed that malware had been installed on its point-of-sale network and removed it", "contained", "2013-12-15", source=CO),
   D("card data was captured at U.S. stores from Nov. 27 to Dec. 15, 2013", "intrusion_start", WINDOW_START, source=CO),
   D("card data was captured at U.S. stores from Nov. 27 to Dec. 15, 2013", "intrusion_end", WINDOW_END, source=CO),
   T("installed memory-scraping malware, which copies card data from a register's memory", "payment_card", "exposed"),
   C("about 40 million payment cards", 40000000, "accounts", "approximately", source=CO),
   T("names, mailing addresses, phone numbers or email addresses of up to 70 million people", "name postal_address phone email", "exposed", source=CO),
   C("email addresses of up to 70 million people", 70000000, "people", "up_to", source=CO),
   T("According to Target, the encrypted PIN blocks that were taken cannot be read", "account_pin", "exposed", source=CO),
 ]),
 doc(K10, "sec-filing", "2015-03-13", CO, [
   D("During the fourth quarter of 2013, an intruder gained access to our network", "intrusion_start", "2013"),
   T("The stolen data included the payment card information", "payment_card", "exposed"),
   C("approximately 40 million credit and debit card accounts used in our U.S. stores", 40000000, "accounts", "approximately"),
   T("partial personal information, such as names, mailing addresses, phone numbers or email addresses", "name postal_address phone email", "exposed"),
   C("email addresses, of up to 70 million individuals", 70000000, "individuals", "up_to"),
   M("cumulative pretax Data Breach-related expenses of $252 million", "incident_cost", 252000000),
   M("net cumulative Data Breach-related expenses were $162 million", "incident_cost", 162000000),
 ]),
 doc(N3, "news", "2015-12-03", MEDIA, [
   M("agreed to pay $39.4 million to settle claims from banks and credit unions", "settlement", 39400000, source=COURT),
   D("according to papers filed in federal court in St. Paul, Minn., on Wednesday", "settled", "2015-12-02", source=COURT),
   D("hackers stole payment card data from Target's U.S. stores during the 2013 holiday season", "intrusion_start", "2013"),
   D("In March, Target agreed to pay $10 million", "settled", "2015-03"),
   M("agreed to pay $10 million to settle a class action brought by shoppers", "settlement", 10000000),
   D("In August it agreed to pay up to $67 million", "settled", "2015-08"),
   M("agreed to pay up to $67 million to Visa card issuers", "settlement", 67000000),
   D("announced a $19 million deal in April", "settled", "2015-04"),
   M("announced a $19 million deal in April", "settlement", 19000000),
   C("card information for about 40 million accounts", 40000000, "accounts", "approximately"),
   C("email addresses of up to 70 million people", 70000000, "people", "up_to"),
   T("exposed card information for about 40 million accounts and the names, addresses, phone numbers or email addresses of up to 70 million people",
     "payment_card name postal_address phone email", "exposed"),
   M("had recorded $252 million in breach-related expenses", "incident_cost", 252000000, source=CO),
   M("or $162 million after expected insurance payments", "incident_cost", 162000000, source=CO),
 ]),
 doc(AG, "press-release", "2017-05-23", REG, [
   D("For Immediate Release: May 23, 2017", "settled", "2017-05-23"),
   M("an $18.5 million settlement with Target Corporation", "settlement", 18500000),
   C("more than 41 million customer payment card accounts", 41000000, "accounts", "more_than"),
   C("the contact information of more than 60 million customers", 60000000, "customers", "more_than"),
   D("in November 2013 the attackers got into Target's network", "intrusion_start", "2013-11"),
   T("collected customers' full names, telephone numbers, email addresses, mailing addresses, payment card numbers, expiration dates, card verification codes and encrypted debit PINs",
     "name phone email postal_address payment_card account_pin", "exposed"),
 ]),
]
# Not scored, kept for the record:
#   PR, PR2: About boilerplate ("more than 1,900 stores", "5 percent of its profit", "$4 million a week"); phone numbers;
#     purchases on Target.com and in Canada not involved (channels, not data types)
#   N1: TJX's 2007 breach of at least 45.6 million cards over about 18 months (another company); Brian Krebs's first
#     report "on Wednesday" (Dec 18, 2013, a news peg); popular-stories box and comments (100 million, "the 29th", 2005)
#   FAQ, PR2: scam warnings naming card numbers, PINs and Social Security numbers (no statement about the breach)
#   PR2, N2: comparable-store sales "about 2.5 percent" lower; breach costs not yet estimable; one year of free credit
#     monitoring; N2: "after saying earlier that it had no sign PINs were involved" restates the superseded Dec 20 denial
#   N2: Neiman Marcus's separate card breach (no count); market strip, 74,000 jobs, comments (110M, $50, 150M, 130M)
#   BL: the way in was an HVAC vendor's stolen login (Fazio Mechanical Services, Sharpsburg, PA): a vector, not victims'
#     data; Target met federal agents on Dec 13; comments (2008, 11 years, 300 stores, 14 months, $2,000)
#   K10: expected insurance recoveries of $90 million (an offset, no money event); cover page numbers; the table repeats
#     the $252M and $162M in millions
#   N3: up to $10,000 per shopper (a cap per claimant, not a settlement amount); the Mastercard deal collapsed in May;
#     CIO resigned in March 2014, CEO Gregg Steinhafel two months later; comments ($60,000, "well over $100 million")
#   AG: 46 other states and D.C. (the parties); settlement terms (security program, segmentation, two-factor
#     authentication, password rotation: remedies, not data); recent releases ($1.2 million, another case)


discrepancies = [
 dict(incident=I13, slot="count", kind="revised",
      values=[V(PR, 40000000, CO), V(PR2, 70000000, CO), V(N2, 110000000, MEDIA)],
      note="First about 40M card accounts (Dec 19, 2013); on Jan 10, 2014 the company added contact data of up to 70M individuals, which the press summed to as many as 110M."),
 dict(incident=I13, slot="count", kind="unit_mismatch",
      values=[V(PR2, 40000000, CO), V(PR2, 70000000, CO), V(N2, 110000000, MEDIA)],
      note="The 40M are payment card accounts and the 70M are individuals (with considerable overlap); the 110M adds cards to people."),
 dict(incident=I13, slot="count", kind="revised",
      values=[V(PR, 40000000, CO), V(AG, 41000000, REG)],
      note="The states' 2017 figure, more than 41M payment card accounts, is above the company's approximately 40M."),
 dict(incident=I13, slot="data_type:account_pin", kind="exposed_vs_denied",
      values=[V(N1, "not_exposed", CO), V(FAQ, "exposed", CO)],
      note="On Dec 20, 2013 the company had no indication PINs were compromised; on Dec 27 it said encrypted PIN data was taken (the PINs, it says, cannot be decrypted)."),
]
# Not discrepancies: the $10M, $19M, up to $67M, $39.4M and $18.5M are five different settlements; $252M and $162M
# are the gross and net breach expenses; "more than 60 million customers" lies within "up to 70 million individuals".
docs = date_policy(docs)
incidents = [
 dict(id=I13, summary="Point-of-sale malware in Target's U.S. stores, Nov 27 - Dec 15, 2013, entered with an HVAC vendor's stolen credentials; ~40M card accounts (name, number, expiration, CVV, encrypted PINs) and up to 70M individuals' contact data; $252M gross / $162M net expenses; settlements $10M class, $19M Mastercard (failed), up to $67M Visa, $39.4M banks, $18.5M states"),
]
ok = write("target", "Target Corporation", incidents, docs, discrepancies, lambda d: I13)
print("target ok" if ok else "target QUOTES MISSING")
