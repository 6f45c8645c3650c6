# Regenerate with: python3 scripts/corpus/expected_equifax.py
# Held-out case: the gold below was written from the documents before BreachDiff was run on them.
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from make_expected import *


CO, REG = "company", "regulator"
K8 = "2017-09-07_sec-8k_cybersecurity-incident.htm"
PR = "2017-09-07_press-release_ex99-1.htm"
N1 = "2017-09-08_news_143-million.html"
N2 = "2017-09-18_news_struts-uk.txt"
UP = "2017-10-10_company-notice_incident-updates.html"
N3 = "2018-03-01_news_more-consumers.html"
N4 = "2019-07-22_news_settlement.html"

docs = [
 doc(K8, "sec-filing", "2017-09-07", CO, [
   # The cover page's date of report is the filing's date, as in the other cases' gold.
   D("Date of Report (Date of earliest event reported): September 7, 2017", "filed", "2017-09-07"),
   D("On September 7, 2017, Equifax Inc.", "disclosed", "2017-09-07"),
   D("On July 29, 2017, the Company", "discovered", "2017-07-29"),
   D("they had access from mid-May through July 2017", "intrusion_start", "2017-05", "on_or_around"),
   D("they had access from mid-May through July 2017", "intrusion_end", "2017-07"),
   C("about 143 million U.S. consumers may be affected", 143000000, "consumers", "approximately"),
   T("consists of names, Social Security numbers, dates of birth and addresses", "name ssn date_of_birth postal_address", "exposed"),
   T("license numbers in some cases", "drivers_license", "exposed"),
   C("credit card numbers of about 209,000 U.S. consumers", 209000, "consumers", "approximately"),
   T("The intruders also reached credit card numbers", "payment_card", "exposed"),
   C("personal identifying information of about 182,000 U.S. consumers", 182000, "consumers", "approximately"),
 ]),
 doc(PR, "press-release", "2017-09-07", CO, [
   D("ATLANTA, Sept. 7, 2017 /PRNewswire/", "disclosed", "2017-09-07"),
   C("could affect about 143 million consumers in the United States", 143000000, "consumers", "approximately"),
   D("the unauthorized access lasted from mid-May through July 2017", "intrusion_start", "2017-05", "on_or_around"),
   D("the unauthorized access lasted from mid-May through July 2017", "intrusion_end", "2017-07"),
   T("mostly held names, Social Security numbers, birth dates and addresses", "name ssn date_of_birth postal_address", "exposed"),
   T("for some people driver's license numbers", "drivers_license", "exposed"),
   C("credit card numbers belonging to about 209,000 U.S. consumers", 209000, "consumers", "approximately"),
   T("The criminals also obtained credit card numbers", "payment_card", "exposed"),
   C("personal identifying information on about 182,000 U.S. consumers", 182000, "consumers", "approximately"),
   D("Equifax spotted the unauthorized access on July 29 of this year", "discovered", "2017-07-29"),
 ]),
 doc(N1, "news", "2017-09-08", "media", [
   D("disclosed on Thursday that attackers had broken into its systems", "disclosed", "2017-09-07", source=CO),
   C("personal details of as many as 143 million Americans", 143000000, "people", "up_to", source=CO),
   D("the intruders were inside from mid-May until July", "intrusion_start", "2017-05", "on_or_around", source=CO),
   D("the intruders were inside from mid-May until July", "intrusion_end", "2017-07", source=CO),
   D("its staff noticed them on July 29", "discovered", "2017-07-29", source=CO),
   T("Names, Social Security numbers, birth dates and home addresses were taken, according to the company",
     "name ssn date_of_birth postal_address", "exposed", source=CO),
   T("in some cases driver's license numbers too", "drivers_license", "exposed", source=CO),
   C("credit card numbers of roughly 209,000 consumers", 209000, "consumers", "approximately", source=CO),
   T("Equifax said credit card numbers of roughly 209,000 consumers were also stolen", "payment_card", "exposed", source=CO),
   C("dispute documents with personal information on about 182,000 people", 182000, "people", "approximately", source=CO),
 ]),
 doc(N2, "news", "2017-09-18", "media", [
   C("as many as 400,000 UK consumers", 400000, "consumers", "up_to", source=CO),
   T("The UK file contained names, dates of birth, email addresses and telephone numbers",
     "name date_of_birth email phone", "exposed", source=CO),
   T("home addresses, passwords and financial details of UK consumers were not in the file",
     "postal_address password financial_info", "not_exposed", source=CO),
   D("its own timeline still starts in mid-May", "intrusion_start", "2017-05", "on_or_around", source=CO),
   D("Disclosed: September 7", "disclosed", "2017-09-07", source=CO),
   C("Affected: about 143 million U.S. consumers", 143000000, "consumers", "approximately"),
 ]),
 doc(UP, "company-notice", "2017-10-10", CO, [
   D("October 10, 2017: Update for consumers in the United Kingdom", "disclosed", "2017-10-10"),
   C("A file holding 15.2 million UK records", 15200000, "records"),
   T("Most of those records contained only a name and a date of birth", "name date_of_birth", "exposed"),
   C("write by post to 693,665 UK consumers", 693665, "consumers"),
   C("14,961 consumers whose Equifax.co.uk membership details from 2014 were accessed", 14961, "consumers"),
   T("These details may include a username, a password, secret questions and answers, and a partial credit card number",
     "credentials password payment_card", "exposed"),
   C("29,188 consumers whose name and driving licence number were accessed", 29188, "consumers"),
   T("29,188 consumers whose name and driving licence number were accessed", "name drivers_license", "exposed"),
   C("12,086 consumers whose email address linked to an Equifax.co.uk account in 2014 was accessed", 12086, "consumers"),
   T("12,086 consumers whose email address linked to an Equifax.co.uk account in 2014 was accessed", "email", "exposed"),
   C("637,430 consumers whose name and telephone number were accessed", 637430, "consumers"),
   T("637,430 consumers whose name and telephone number were accessed", "name phone", "exposed"),
   D("October 2, 2017: Forensic review completed", "disclosed", "2017-10-02"),
   C("about 2.5 million more U.S. consumers were potentially affected", 2500000, "consumers", "approximately"),
   C("bringing the total to about 145.5 million", 145500000, "consumers", "approximately"),
   D("the attackers first accessed Equifax systems on May 13, 2017", "intrusion_start", "2017-05-13"),
   C("personal information of about 8,000 Canadian consumers was affected", 8000, "consumers", "approximately"),
   C("the initial estimate of up to 100,000 Canadian consumers", 100000, "consumers", "up_to", stance="unverified"),
 ]),
 doc(N3, "news", "2018-03-01", "media", [
   D("Equifax said on Thursday that its breach last year", "disclosed", "2018-03-01", source=CO),
   C("another 2.4 million U.S. consumers", 2400000, "consumers", source=CO),
   T("whose names and partial driver's license numbers were taken", "name drivers_license", "exposed", source=CO),
   C("the total number of affected Americans to about 147.9 million", 147900000, "people", "approximately"),
   D("When it first disclosed the breach last September", "disclosed", "2017-09", source=CO),
   C("the credit bureau put the number at 143 million", 143000000, "people", source=CO),
   C("It raised that to 145.5 million in October", 145500000, "people", source=CO),
   T("by their Social Security numbers, and the newly found records did not contain them", "ssn", "not_exposed", source=CO),
   T("the partial license data did not include the holder's home address", "postal_address", "not_exposed", source=CO),
 ]),
 doc(N4, "news", "2019-07-22", "media", [
   M("Equifax will pay at least $575 million", "settlement", 575000000, source=REG),
   M("possibly as much as $700 million, under a settlement", "settlement", 700000000, source=REG),
   D("the agencies announced on Monday", "settled", "2019-07-22", source=REG),
   M("Up to $425 million of the total goes into a fund for people harmed by the breach", "settlement", 425000000, source=REG),
   M("pay $175 million to 48 states", "settlement", 175000000, source=REG),
   M("a $100 million civil penalty to the CFPB", "fine", 100000000, source=REG),
   M("Equifax must spend $1 billion on data security and related technology over five years", "security_investment", 1000000000, source="court"),
   C("personal information of about 147 million people, the FTC said", 147000000, "people", "approximately", source=REG),
   T("The 2017 breach exposed Social Security numbers, birth dates and other personal information", "ssn date_of_birth", "exposed", source=REG),
   M("The company reported $87.5 million in breach-related costs in the third quarter of 2017", "incident_cost", 87500000, source=CO),
 ]),
]
# Attack vector and actor (not scored; kept for the record):
#   N1: a researcher's unconfirmed claim that the dispute portal ran Apache Struts (claimed, researcher)
#   N2: the company names the Apache Struts flaw CVE-2017-5638 (vector, company)
#   N4: "four members of China's People's Liberation Army" charged in February 2020 (actor, court)


discrepancies = [
 dict(incident="equifax-2017", slot="count", kind="revised",
      values=[V(PR, 143000000, CO), V(K8, 143000000, CO), V(UP, 145500000, CO), V(N3, 147900000, "media")],
      note="The U.S. total grew from about 143M (Sep 7, 2017) to 145.5M after the forensic review (Oct 2, 2017) and to about 147.9M with 2.4M more consumers found in March 2018."),
 dict(incident="equifax-2017", slot="count", kind="revised",
      values=[V(UP, 100000, CO), V(UP, 8000, CO)],
      note="Canada: an initial estimate of up to 100,000 consumers was cut to about 8,000 when the forensic review was completed."),
 dict(incident="equifax-2017", slot="count", kind="revised",
      values=[V(N2, 400000, CO), V(UP, 693665, CO)],
      note="UK: up to 400,000 consumers to be contacted in September 2017, then 693,665 in the October 10 update."),
 dict(incident="equifax-2017", slot="count", kind="unit_mismatch",
      values=[V(UP, 15200000, CO), V(UP, 693665, CO)],
      note="15.2M UK records were in the compromised file, but only 693,665 UK consumers are being contacted; records are not people."),
 dict(incident="equifax-2017", slot="data_type:password", kind="exposed_vs_denied",
      values=[V(N2, "not_exposed", CO), V(UP, "exposed", CO)],
      note="In September Equifax UK said no passwords were in the UK file; in October it said 2014 membership details of 14,961 consumers, passwords included, were accessed."),
 dict(incident="equifax-2017", slot="money:settlement", kind="conflict",
      values=[V(N4, 575000000, REG), V(N4, 700000000, REG)],
      note="Not a contradiction: $575M is the floor and $700M the ceiling (the consumer fund can grow to $425M); 575 = 300 + 175 + 100, 700 = 425 + 175 + 100."),
]
# Date policy (docs/dates.md, "Reported documents"): see expected_tmobile.py.
docs = date_policy(docs)
incidents = [dict(id="equifax-2017", summary="Apache Struts (CVE-2017-5638) dispute-portal intrusion, mid-May to July 2017; discovered July 29, disclosed Sep 7, 2017; July 2019 settlement")]
ok = write("equifax", "Equifax Inc.", incidents, docs, discrepancies, lambda d: "equifax-2017")
print("equifax ok" if ok else "equifax QUOTES MISSING")
