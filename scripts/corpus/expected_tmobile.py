# Regenerate with: python3 scripts/corpus/expected_tmobile.py
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from make_expected import *


A = "attacker"
docs = [
 doc("2021-08-15_forum_seller-thread.html", "forum", "2021-08-15", A, [
   C("More than 100 million customer records", 100000000, "records", "more_than", stance="claimed"),
   C("the 30 million row subset with SSN and driver's license", 30000000, "records", stance="claimed"),
   T("Every record holds full name, date of birth, Social Security number, driver's license number, phone number, IMEI, IMSI, physical address and the account security PIN",
     "name date_of_birth ssn drivers_license phone imei imsi postal_address account_pin", "claimed"),
 ]),
 doc("2021-08-16_news_seller-claims.html", "news", "2021-08-16", "media", [
   C("holds data on more than 100 million T-Mobile customers", 100000000, "customers", "more_than", source=A, stance="claimed"),
   C("the personal records of more than 100 million people", 100000000, "people", "more_than", source=A, stance="claimed"),
   C("a subset of roughly 30 million records", 30000000, "records", "approximately", source=A, stance="claimed"),
   T("the data for sale includes Social Security numbers, phone numbers, names, physical addresses, IMEI numbers and driver's license information",
     "ssn phone name postal_address imei drivers_license", "claimed", source=A),
   D("T-Mobile confirmed on Monday that someone had gained unauthorized access to some of its data", "disclosed", "2021-08-16", source="company"),
 ]),
 doc("2021-08-17_press-release_additional-information.html", "press-release", "2021-08-17", "company", [
   D("BELLEVUE, Wash., Aug. 17, 2021 /PRNewswire/", "disclosed", "2021-08-17"),
   D("On Monday, the company verified that a subset of T-Mobile data had been accessed by unauthorized individuals", "discovered", "2021-08-16"),
   C("approximately 7.8 million current T-Mobile postpaid customer accounts", 7800000, "accounts", "approximately"),
   C("just over 40 million records of former or prospective customers", 40000000, "records", "more_than"),
   C("approximately 850,000 active T-Mobile prepaid customer names", 850000, "customers", "approximately"),
   T("the data accessed included first and last names, date of birth, Social Security number and driver's license/ID information",
     "name date_of_birth ssn drivers_license", "exposed"),
   T("No phone numbers, account numbers, PINs, passwords or financial information were compromised in either of these files",
     "phone account_number account_pin password financial_info", "not_exposed"),
   T("no indication that the stolen files contained any customer financial information, credit card information, debit or other payment information",
     "payment_card", "not_exposed"),
   T("approximately 850,000 active T-Mobile prepaid customer names, phone numbers and account PINs were exposed",
     "name phone account_pin", "exposed"),
 ]),
 doc("2021-08-20_sec-8k_full-submission.txt#1", "sec-filing", "2021-08-20", "company", [
   # A Form 8-K cover page dates the report; the shared corpus gold counts it as the filing date.
   D("Date of Report (Date of earliest event reported): August 20, 2021", "filed", "2021-08-20"),
   D("On August 20, 2021, T-Mobile US, Inc. (the \"Company\") posted an update on its investigation of the recent cyberattack to its website", "disclosed", "2021-08-20"),
 ]),
 doc("2021-08-20_sec-8k_full-submission.txt#2", "press-release", "2021-08-20", "company", [
   C("approximately 7.8 million current postpaid customer accounts", 7800000, "accounts", "approximately"),
   C("another 5.3 million current postpaid customer accounts", 5300000, "accounts"),
   C("an additional 667,000 accounts of former T-Mobile customers", 667000, "accounts"),
   T("including first and last names, date of birth, SSN and driver's license/ID information, was compromised", "name date_of_birth ssn drivers_license", "exposed"),
   T("phone numbers, as well as IMEI and IMSI information, were compromised", "phone imei imsi", "exposed"),
   T("had one or more associated customer names, addresses, dates of birth, phone numbers, IMEIs and IMSIs illegally accessed", "postal_address", "exposed"),
   T("These additional accounts did not have any SSNs or driver's license/ID information compromised", "ssn drivers_license", "not_exposed"),
   T("no indication that the stolen files contained any customer financial information, credit card information, debit or other payment information", "financial_info payment_card", "not_exposed"),
 ]),
 doc("2021-08-20_news_tally-grows.txt", "news", "2021-08-20", "media", [
   C("T-Mobile breach tally climbs to 54.6 million people", 54600000, "people"),
   C("roughly 54.6 million current, former and prospective customers", 54600000, "customers", "approximately"),
   C("another 5.3 million current postpaid customer accounts", 5300000, "accounts", source="company"),
   C("an additional 667,000 accounts of former customers", 667000, "accounts", source="company"),
   C("claimed to hold records on more than 100 million people", 100000000, "people", "more_than", source=A, stance="claimed"),
   D("In an update posted on Friday", "disclosed", "2021-08-20", source="company"),
   T("whose names, addresses, dates of birth, phone numbers, IMEI and IMSI numbers were illegally accessed", "name postal_address date_of_birth phone imei imsi", "exposed", source="company"),
   T("the newly identified accounts did not have Social Security numbers or driver's license information compromised", "ssn drivers_license", "not_exposed", source="company"),
 ]),
 doc("2022-07-23_news_settlement.html", "news", "2022-07-23", "media", [
   M("T-Mobile has agreed to pay $350 million to resolve a class action", "settlement", 350000000, source="company"),
   M("committed to spend an additional $150 million on data security and related technology", "security_investment", 150000000, source="company"),
   M("a total pre-tax charge of approximately $400 million", "incident_cost", 400000000, source="company"),
   C("about 76.6 million people in the United States, according to the settlement papers", 76600000, "people", "approximately", source="court"),
   D("In a filing with the Securities and Exchange Commission on Friday", "filed", "2022-07-22", source="company"),
   T("Stolen information included Social Security numbers, names and driver's licence details", "ssn name drivers_license", "exposed"),
 ]),
 doc("2023-01-19_sec-8k_api-incident.htm", "sec-filing", "2023-01-19", "company", [
   D("Date of Report (Date of earliest event reported): January 19, 2023", "filed", "2023-01-19"),
   D("On January 5, 2023, T-Mobile US, Inc. (the \"Company,\" \"we,\" or \"our\") identified that a bad actor was obtaining data", "discovered", "2023-01-05"),
   D("starting on or around November 25, 2022", "intrusion_start", "2022-11-25", "on_or_around"),
   C("approximately 37 million current postpaid and prepaid customer accounts", 37000000, "accounts", "approximately"),
   T("including name, billing address, email, phone number, date of birth, T-Mobile account number and information such as the number of lines on the account and plan features",
     "name postal_address email phone date_of_birth account_number plan_info", "exposed"),
   T("does not provide access to any customer payment card information (PCI), social security numbers/tax IDs, driver's license or other government ID numbers, passwords/PINs or other financial account information",
     "payment_card ssn tax_id drivers_license government_id password account_pin financial_info", "not_exposed"),
 ]),
 doc("2023-01-20_news_37-million-customers.html", "news", "2023-01-20", "media", [
   C("Hacker took data of 37 million T-Mobile customers", 37000000, "customers"),
   C("personal information belonging to 37 million customers", 37000000, "customers"),
   D("the intruder began collecting the data on or around November 25, 2022", "intrusion_start", "2022-11-25", "on_or_around", source="company"),
   D("T-Mobile discovered the activity on January 5", "discovered", "2023-01-05", source="company"),
   T("The stolen details include names, billing addresses, email addresses, phone numbers and dates of birth", "name postal_address email phone date_of_birth", "exposed", source="company"),
   T("no passwords, PINs, payment card numbers or Social Security numbers were exposed", "password account_pin payment_card ssn", "not_exposed", source="company"),
   C("exposed the personal data of more than 76 million people", 76000000, "people", "more_than", incident="tmobile-2021"),
   M("agreed to pay $350 million to settle the class action lawsuits", "settlement", 350000000, incident="tmobile-2021"),
 ]),
 doc("2023-01-21_news_hacked-again.html", "news", "2023-01-21", "media", [
   C("from roughly 37M accounts", 37000000, "accounts", "approximately", source="company"),
   T("including names, addresses, dates of birth and account numbers", "name postal_address date_of_birth account_number", "exposed", source="company"),
   M("agreed to pay $500 million to settle a class action over a 2021 breach", "settlement", 500000000, incident="tmobile-2021"),
   M("a commitment to spend $150 million on data security and related technology", "security_investment", 150000000, incident="tmobile-2021"),
   D("In April 2022 members of the LAPSUS$ extortion group used stolen credentials", "intrusion_start", "2022-04", incident="tmobile-2022-lapsus"),
   C("more than 30,000 source code repositories", 30000, "repositories", "more_than", incident="tmobile-2022-lapsus"),
   T("cloned more than 30,000 source code repositories", "source_code", "exposed", incident="tmobile-2022-lapsus"),
   T("the systems accessed held no customer financial information or government ID numbers", "financial_info government_id", "not_exposed", source="company", incident="tmobile-2022-lapsus"),
 ]),
 doc("2023-01-31_blog_api-lessons.txt", "blog", "2023-01-31", "media", [
   C("data tied to 37 million accounts", 37000000, "accounts", source="company"),
   D("starting on or around November 25, 2022", "intrusion_start", "2022-11-25", "on_or_around", source="company"),
   D("nobody noticed the volume until January 5, 2023", "discovered", "2023-01-05"),
   T("returned name, billing address, email, phone number and date of birth", "name postal_address email phone date_of_birth", "exposed"),
   C("hit more than 76 million people", 76000000, "people", "more_than", incident="tmobile-2021"),
   M("ended in a $350 million settlement", "settlement", 350000000, incident="tmobile-2021"),
   T("reportedly accessed customers' financial and personal details", "financial_info", "exposed", incident="tmobile-2022-lapsus"),
 ]),
 doc("2023-02-01_company-notice_customer-letter.html", "company-notice", "2023-02-01", "company", [
   D("On January 5, 2023, we discovered that a bad actor was obtaining limited customer data", "discovered", "2023-01-05"),
   D("the activity began on or around November 25, 2022", "intrusion_start", "2022-11-25", "on_or_around"),
   T("may have included your name, billing address, email address, phone number, date of birth, T-Mobile account number, and information such as the number of lines on your account and your plan features",
     "name postal_address email phone date_of_birth account_number plan_info", "exposed"),
   T("Your passwords and PINs, payment card information, Social Security number, government ID and other financial account information were NOT accessed",
     "password account_pin payment_card ssn government_id financial_info", "not_exposed"),
 ]),
]

def default_incident(d):
    return "tmobile-2023" if d["published"] >= "2023" else "tmobile-2021"


discrepancies = [
 dict(incident="tmobile-2021", slot="count", kind="claimed_vs_confirmed",
      values=[V("2021-08-15_forum_seller-thread.html", 100000000, A), V("2021-08-16_news_seller-claims.html", 100000000, A),
              V("2021-08-17_press-release_additional-information.html", 7800000, "company"),
              V("2021-08-17_press-release_additional-information.html", 40000000, "company")],
      note="The seller advertised more than 100M records; T-Mobile confirmed about 7.8M current postpaid accounts plus just over 40M former or prospective customers."),
 dict(incident="tmobile-2021", slot="count", kind="revised",
      values=[V("2021-08-17_press-release_additional-information.html", 7800000, "company"),
              V("2021-08-20_sec-8k_full-submission.txt#2", 5300000, "company"),
              V("2021-08-20_sec-8k_full-submission.txt#2", 667000, "company")],
      note="Three days after its first figures the company added another 5.3M current postpaid accounts and 667,000 former-customer accounts."),
 dict(incident="tmobile-2021", slot="count", kind="conflict",
      values=[V("2021-08-20_news_tally-grows.txt", 54600000, "media"), V("2022-07-23_news_settlement.html", 76600000, "court"),
              V("2023-01-20_news_37-million-customers.html", 76000000, "media")],
      note="August 2021 tallies of company updates reach 54.6M; the settlement class and later coverage say about 76M people."),
 dict(incident="tmobile-2021", slot="money:settlement", kind="conflict",
      values=[V("2022-07-23_news_settlement.html", 350000000, "company"), V("2023-01-21_news_hacked-again.html", 500000000, "media"),
              V("2023-01-20_news_37-million-customers.html", 350000000, "media")],
      note="One outlet reports a $500M settlement; the fund is $350M plus a separate $150M security-spending commitment (500 = 350 + 150)."),
 dict(incident="tmobile-2021", slot="data_type:account_pin", kind="exposed_vs_denied",
      values=[V("2021-08-15_forum_seller-thread.html", "claimed", A),
              V("2021-08-17_press-release_additional-information.html", "not_exposed", "company"),
              V("2021-08-17_press-release_additional-information.html", "exposed", "company")],
      note="The seller claimed account PINs; the company said no PINs were in the postpaid and applicant files, but 850,000 prepaid PINs were exposed."),
 dict(incident="tmobile-2021", slot="data_type:phone", kind="revised",
      values=[V("2021-08-17_press-release_additional-information.html", "not_exposed", "company"),
              V("2021-08-20_sec-8k_full-submission.txt#2", "exposed", "company")],
      note="On Aug 17 the company said no phone numbers were in the postpaid files; on Aug 20 it said phone numbers were compromised too."),
 dict(incident="tmobile-2021", slot="data_type:imsi", kind="claimed_vs_confirmed",
      values=[V("2021-08-15_forum_seller-thread.html", "claimed", A), V("2021-08-20_sec-8k_full-submission.txt#2", "exposed", "company")],
      note="IMSI data, first claimed by the seller, was confirmed compromised on Aug 20."),
 dict(incident="tmobile-2021", slot="data_type:imei", kind="claimed_vs_confirmed",
      values=[V("2021-08-15_forum_seller-thread.html", "claimed", A), V("2021-08-20_sec-8k_full-submission.txt#2", "exposed", "company")],
      note="IMEI data, first claimed by the seller, was confirmed compromised on Aug 20."),
 dict(incident="tmobile-2021", slot="data_type:postal_address", kind="claimed_vs_confirmed",
      values=[V("2021-08-15_forum_seller-thread.html", "claimed", A), V("2021-08-20_sec-8k_full-submission.txt#2", "exposed", "company")],
      note="Physical addresses, claimed by the seller, were confirmed accessed for the additional accounts on Aug 20."),
 dict(incident="tmobile-2023", slot="count", kind="unit_mismatch",
      values=[V("2023-01-19_sec-8k_api-incident.htm", 37000000, "company"), V("2023-01-20_news_37-million-customers.html", 37000000, "media")],
      note="The filing counts about 37M customer accounts; an outlet restates it as 37M customers."),
 dict(incident="tmobile-2022-lapsus", slot="data_type:financial_info", kind="exposed_vs_denied",
      values=[V("2023-01-31_blog_api-lessons.txt", "exposed", "media"), V("2023-01-21_news_hacked-again.html", "not_exposed", "company")],
      note="A blog says LAPSUS$ reached customers' financial details; the company said the systems held no customer information."),
]
# Date policy (docs/dates.md, "Reported documents"): in documents whose default speaker is not the
# company (news, blog, forum) an announcement date, and a filing date within a month of
# publication, is the story's news peg, not a timeline fact; a disclosure or filing is a day event.
docs = date_policy(docs)
incidents = [
 dict(id="tmobile-2021", summary="August 2021 intrusion into T-Mobile servers, forum sale claim of 100M+ records; July 2022 class-action settlement"),
 dict(id="tmobile-2022-lapsus", summary="LAPSUS$ access to internal systems and source code repositories, April 2022"),
 dict(id="tmobile-2023", summary="API abuse from on or around Nov 25, 2022, discovered Jan 5, 2023; about 37M accounts"),
]
ok = write("tmobile", "T-Mobile US, Inc.", incidents, docs, discrepancies, default_incident)
print("tmobile ok" if ok else "tmobile QUOTES MISSING")
