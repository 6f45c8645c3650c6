# Regenerate with: python3 scripts/corpus/expected_capone.py
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from make_expected import *


docs = [
 doc("2019-07-29_press-release_capital-one.html", "press-release", "2019-07-29", "company", [
   D("MCLEAN, Va., July 29, 2019 /PRNewswire/", "disclosed", "2019-07-29"),
   D("announced today that on July 19, 2019, it determined that an outside individual had gained unauthorized access", "discovered", "2019-07-19"),
   D("The intrusion took place on March 22 and 23, 2019", "intrusion_start", "2019-03-22"),
   D("The intrusion took place on March 22 and 23, 2019", "intrusion_end", "2019-03-23"),
   C("approximately 100 million individuals in the United States", 100000000, "individuals", "approximately"),
   C("approximately 6 million in Canada", 6000000, "individuals", "approximately"),
   C("About 140,000 Social Security numbers of credit card customers", 140000, "records", "approximately"),
   C("about 80,000 linked bank account numbers", 80000, "records", "approximately"),
   C("approximately 1 million Social Insurance Numbers", 1000000, "records", "approximately"),
   T("No credit card account numbers or log-in credentials were compromised", "payment_card credentials", "not_exposed"),
   T("including names, addresses, zip codes/postal codes, phone numbers, email addresses, dates of birth and self-reported income",
     "name postal_address phone email date_of_birth financial_info", "exposed"),
   T("About 140,000 Social Security numbers of credit card customers and about 80,000 linked bank account numbers of secured credit card customers were compromised",
     "ssn bank_account", "exposed"),
   T("approximately 1 million Social Insurance Numbers were compromised", "government_id", "exposed"),
   M("incremental costs of approximately $100 million to $150 million in 2019", "incident_cost", 100000000),
   M("incremental costs of approximately $100 million to $150 million in 2019", "incident_cost", 150000000),
   dict(type="vector", quote="fixed the configuration vulnerability that the individual exploited", value="misconfiguration", source=None, incident=None),
 ]),
 doc("2019-07-30_news_engineer-arrested.html", "news", "2019-07-30", "media", [
   C("Capital One breach affecting 106 million", 106000000, "people"),
   C("about 106 million credit card customers and applicants", 106000000, "customers", "approximately"),
   T("she had Social Security numbers with full names and dates of birth", "ssn name date_of_birth", "claimed", source="attacker"),
   C("about 140,000 were compromised", 140000, "records", "approximately", source="company"),
   C("roughly 80,000 linked bank account numbers", 80000, "records", "approximately", source="company"),
   T("most Social Security numbers were protected, but about 140,000 were compromised, along with roughly 80,000 linked bank account numbers", "ssn bank_account", "exposed", source="company"),
   M("between $100 million and $150 million this year", "incident_cost", 100000000, source="company"),
   M("between $100 million and $150 million this year", "incident_cost", 150000000, source="company"),
 ]),
 doc("2019-07-31_company-notice_canada.html", "company-notice", "2019-07-31", "company", [
   D("On July 19, 2019, we determined that an outside individual gained unauthorized access", "discovered", "2019-07-19"),
   C("approximately 6 million individuals", 6000000, "individuals", "approximately"),
   C("About 1 million Social Insurance Numbers of Canadian credit card customers", 1000000, "records", "approximately"),
   T("About 1 million Social Insurance Numbers of Canadian credit card customers were compromised", "government_id", "exposed"),
   T("No credit card account numbers or log-in credentials were compromised", "payment_card credentials", "not_exposed"),
 ]),
 doc("2022-04-22_company-notice_incident-updates.txt", "company-notice", "2022-04-22", "company", [
   C("approximately 4,700 U.S. credit card customers or applicants", 4700, "customers", "approximately"),
   T("whose Social Security numbers were among the data accessed", "ssn", "exposed"),
   M("a civil money penalty of $80 million", "fine", 80000000, source="regulator"),
 ]),
]
for d in docs:
    d["facts"] = [f for f in d["facts"] if f["type"] != "vector"]


discrepancies = [
 dict(incident="capitalone-2019", slot="count", kind="unit_mismatch",
      values=[V("2019-07-29_press-release_capital-one.html", 100000000, "company"), V("2019-07-29_press-release_capital-one.html", 6000000, "company"),
              V("2019-07-30_news_engineer-arrested.html", 106000000, "media")],
      note="The company counts about 100M US and 6M Canadian individuals, mostly applicants; the news restates the sum as 106M customers."),
 dict(incident="capitalone-2019", slot="data_type:ssn", kind="revised",
      values=[V("2019-07-29_press-release_capital-one.html", 140000, "company"), V("2022-04-22_company-notice_incident-updates.txt", 4700, "company")],
      note="About 140,000 SSNs at disclosure; about 4,700 more found in January 2021."),
 dict(incident="capitalone-2019", slot="data_type:ssn", kind="claimed_vs_confirmed",
      values=[V("2019-07-30_news_engineer-arrested.html", "claimed", "attacker"), V("2019-07-29_press-release_capital-one.html", "exposed", "company")],
      note="The hacker boasted of SSNs with names and birth dates; the company confirmed about 140,000 SSNs."),
]
# Date policy (docs/dates.md, "Reported documents"): in documents whose default speaker is not the
# company (news, blog, forum) an announcement date, and a filing date within a month of
# publication, is the story's news peg, not a timeline fact; a disclosure or filing is a day event.
docs = date_policy(docs)
incidents = [dict(id="capitalone-2019", summary="Cloud firewall misconfiguration exploited March 22-23, 2019; disclosed July 29, 2019")]
ok = write("capital-one", "Capital One Financial Corporation", incidents, docs, discrepancies, lambda d: "capitalone-2019")
print("capital-one ok" if ok else "capital-one QUOTES MISSING")
