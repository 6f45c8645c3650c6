"""Writes Corpus/<case>/expected.json and checks that every quote occurs in its document's text."""
import html, json, os, re, sys
from datetime import date as _date

def C(quote, value, unit, qualifier="exact", source=None, stance="confirmed", incident=None):
    return dict(type="count", quote=quote, value=value, unit=unit, qualifier=qualifier, source=source, stance=stance, incident=incident)
def D(quote, event, value, qualifier="exact", source=None, incident=None):
    return dict(type="date", quote=quote, event=event, value=value, qualifier=qualifier, source=source, incident=incident)
def T(quote, keys, status, source=None, incident=None):
    return [dict(type="data_type", quote=quote, value=k, status=status, source=source, incident=incident) for k in keys.split()]
def M(quote, event, value, currency="USD", source=None, incident=None):
    return dict(type="money", quote=quote, event=event, value=value, currency=currency, source=source, incident=incident)

def doc(file, kind, published, source, facts):
    return dict(file=file, kind=kind, published=published, default_source=source, facts=flat(facts))

def V(file, value, source):
    """One side of an expected discrepancy."""
    return dict(file=file, value=value, source=source)

CALENDAR = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,4}[/-]\d{1,2}[/-]\d{2,4}")

def date_policy(docs):
    for d in docs:
        reported = d["kind"] in ("news", "blog", "forum")
        def keep(f):
            if f["type"] != "date" or f["event"] not in ("disclosed", "filed"):
                return True
            if len(f["value"]) != 10:
                return False
            if not reported:
                return True
            # A weekday or "today" only pegs the story; a calendar date (a month written) cites a
            # filing, or restates a disclosure older than a month.
            if not CALENDAR.search(f["quote"]):
                return False
            if f["event"] == "filed":
                return True
            gap = abs((_date.fromisoformat(d["published"][:10]) - _date.fromisoformat(f["value"])).days) if len(d["published"]) >= 10 else 0
            return gap > 31
        d["facts"] = [f for f in d["facts"] if keep(f)]
    return docs

def flat(items):
    out = []
    for item in items:
        out.extend(item if isinstance(item, list) else [item])
    return out

def plain(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    for a, b in {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2014": "-", "\u2013": "-"}.items():
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text)

def write(case, company, incidents, documents, discrepancies, default_incident):
    folder = os.path.join(os.path.dirname(__file__), "..", "..", "Corpus", case)
    ok = True
    for doc in documents:
        text = plain(f"{folder}/{doc['file'].split('#')[0]}")
        for fact in doc["facts"]:
            if fact["incident"] is None:
                fact["incident"] = default_incident(doc)
            if fact["source"] is None:
                fact["source"] = doc["default_source"]
            if fact["type"] != "count":
                fact.pop("stance", None)
            if fact["quote"] not in text:
                ok = False
                print(f"QUOTE NOT FOUND {doc['file']}: {fact['quote']}", file=sys.stderr)
        doc.pop("default_source")
    payload = {"case": case, "company": company, "incidents": incidents, "documents": documents, "discrepancies": discrepancies}
    json.dump(payload, open(f"{folder}/expected.json", "w"), indent=2, ensure_ascii=False)
    open(f"{folder}/expected.json", "a").write("\n")
    return ok
