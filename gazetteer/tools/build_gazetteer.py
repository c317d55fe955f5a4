#!/usr/bin/env python3
"""Builds the default German political gazetteer (german-politics.tsv).

Usage:
    python3 gazetteer/tools/build_gazetteer.py --sources DIR [--curated FILE] [--out FILE]

DIR holds the licensed source lists, one folder each (see docs/gazetteer-format.md):
    icu4j-regions/icu4j-78.1-regions-de-en.tsv          Unicode-3.0
    cldr-48/{de,en}-territories.json, exemplar-cities-de-en.tsv   Unicode-3.0
    i18n-iso-countries/{de,en}.json                     MIT
    geonames/cities15000-capitals-and-major.tsv, countryInfo.tsv   CC BY 4.0
    international-organisations/international-organisations-de-en.tsv   project's own
    leaders/wikidata-*.csv                              CC0 (Wikidata)

The hand-curated file (curated.tsv next to this script) adds people, organisations, German exonyms
and native-script forms, and overrides what the sources say. The output is sorted and stable: the
same inputs always give the same bytes.
"""

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

COLUMNS = ["id", "type", "name", "aliases", "native", "country", "role", "wikidata"]
HERE = Path(__file__).resolve().parent
MODULE = HERE.parent
DEFAULT_OUT = MODULE / "src/main/resources/dev/wortlaut/gazetteer/german-politics.tsv"
DEFAULT_CURATED = HERE / "curated.tsv"
WORDS = MODULE / "src/test/resources/dev/wortlaut/gazetteer/common-german-words.txt"

# Countries whose news the gazetteer covers in depth: all their first-order administrative seats.
FOCUS_COUNTRIES = {
    "RU", "UA", "BY", "KP", "KR", "IL", "PS", "SY", "IQ", "IR", "LB", "GE", "AM", "AZ", "MD",
    "DE", "AT", "CH", "PL", "TW", "YE", "AF", "JO", "SA", "AE", "QA", "KW", "BH", "OM",
}
MIN_POPULATION_ELSEWHERE = 2_000_000
# Cities below that threshold that German news mentions often.
EXTRA_CITIES = {
    ("FR", "Marseille"), ("FR", "Lyon"), ("FR", "Strasbourg"), ("IT", "Milan"), ("IT", "Naples"),
    ("ES", "Barcelona"), ("NL", "Rotterdam"), ("BE", "Antwerpen"), ("GB", "Manchester"),
    ("GB", "Birmingham"), ("GB", "Glasgow"), ("GB", "Edinburgh"), ("US", "San Francisco"),
    ("US", "Boston"), ("US", "Seattle"), ("US", "Miami"), ("CH", "Davos"), ("BY", "Brest"),
}

# Script of the official language, used to pick native-script city names from GeoNames.
CYRILLIC = re.compile(r"^[\u0400-\u045F\s\-']+$")
HANGUL = re.compile(r"^[\uAC00-\uD7A3\s]+$")
HAN = re.compile(r"^[\u4E00-\u9FFF]+$")
KANA_HAN = re.compile(r"^[\u3040-\u30FF\u4E00-\u9FFF]+$")
ARABIC = re.compile(r"^[\u0600-\u06FF\u200C\s]+$")
HEBREW = re.compile(r"^[\u0590-\u05FF\s\-'\"]+$")
GREEK = re.compile(r"^[\u0370-\u03FF\u1F00-\u1FFF\s\-]+$")
GEORGIAN = re.compile(r"^[\u10D0-\u10FF\s\-]+$")
ARMENIAN = re.compile(r"^[\u0531-\u058F\s\-]+$")
THAI = re.compile(r"^[\u0E00-\u0E7F]+$")
SCRIPTS = {}
for codes, pattern in [
    ("RU UA BY KZ KG TJ MN RS MK BG", CYRILLIC),
    ("KP KR", HANGUL),
    ("CN TW HK MO", HAN),
    ("JP", KANA_HAN),
    ("IR AF SA AE QA KW BH OM YE IQ SY JO LB EG LY TN DZ MA SD PS MR", ARABIC),
    ("IL", HEBREW),
    ("GR CY", GREEK),
    ("GE", GEORGIAN),
    ("AM", ARMENIAN),
    ("TH", THAI),
]:
    for code in codes.split():
        SCRIPTS[code] = pattern
MAX_NATIVE_CITY_FORMS = 2

# Cities left out because their name is foremost a given name or a district in news text.
EXCLUDED_CITIES = {"Vladimir", "Victoria", "Douglas", "Stanley", "Hamilton", "Bender", "Queens",
                   "Brooklyn"}
# Aliases left out: an ordinary word in German text ("zum ersten Male"), an event rather than the
# body (EU-Gipfel), or an abbreviation that is also an English word (MID).
EXCLUDED_ALIASES = {"Male", "EU-Gipfel", "MID"}

# Inverted catalogue forms: a comma not inside an enumeration ("Bonaire, Sint Eustatius and Saba").
INVERTED = re.compile(r"^(?!.* (and|und) ).*, ")

# Wikidata ids of international organisations the project is sure of; the rest get slugs.
ORG_QIDS = {"UN": "Q1065", "UNSC": "Q37470", "NATO": "Q7184", "EU": "Q458", "WHO": "Q7817"}


def fail(message):
    sys.exit("build_gazetteer: " + message)


def read_tsv(path, comment="#"):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith(comment)]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def split(value):
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def key(text):
    """Comparison key: case, accents, hyphens and spaces ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def slug(text):
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


class Entry:
    def __init__(self, id, type, name, country="", role="", wikidata=""):
        self.id = id
        self.type = type
        self.name = name
        self.aliases = []
        self.native = []
        self.country = country
        self.role = role
        self.wikidata = wikidata
        self.sources = set()

    def add_aliases(self, values):
        for v in values:
            v = " ".join(v.split())
            if v and v != self.name and v not in self.aliases:
                self.aliases.append(v)

    def add_native(self, values):
        for v in values:
            v = " ".join(v.split())
            if v and v not in self.native:
                self.native.append(v)


class Gazetteer:
    def __init__(self):
        self.entries = {}
        self.country_by_iso = {}
        self.dropped = []

    def add(self, entry):
        if entry.id in self.entries:
            fail("duplicate id " + entry.id)
        self.entries[entry.id] = entry
        return entry


# ---------------------------------------------------------------- countries


def load_countries(g, src, country_qids):
    icu = read_tsv(src / "icu4j-regions/icu4j-78.1-regions-de-en.tsv")
    cldr = {}
    for lang in ("de", "en"):
        data = json.loads((src / f"cldr-48/{lang}-territories.json").read_text(encoding="utf-8"))
        cldr[lang] = data["main"][lang]["localeDisplayNames"]["territories"]
    i18n = {}
    for lang in ("de", "en"):
        data = json.loads((src / f"i18n-iso-countries/{lang}.json").read_text(encoding="utf-8"))
        i18n[lang] = data["countries"]
    geonames = {row["ISO"]: row for row in read_country_info(src)}
    for row in icu:
        code = row["code"]
        if row["region_type"] != "TERRITORY" or not re.fullmatch(r"[A-Z]{2}", code):
            continue
        if code in ("EU", "EZ", "UN", "ZZ", "QO"):
            continue
        # CLDR's English display names abbreviate "and" ("Bosnia & Herzegovina"); running text
        # spells it out. The "&" form stays an alias.
        name = row["name_en"].replace(" & ", " and ")
        qid = country_qids.get(code, "")
        entry = Entry(qid or "country-" + code.lower(), "place", name, code, "country", qid)
        names = [row["name_en"], row["name_de"], row["name_de_short"], row["name_en_short"]]
        for lang in ("de", "en"):
            for k, v in cldr[lang].items():
                if k == code or k.startswith(code + "-alt-"):
                    names.append(v)
            value = i18n[lang].get(code, [])
            names.extend([value] if isinstance(value, str) else value)
        if code in geonames:
            names.append(geonames[code]["Country"])
            entry.sources.add("geonames")
        entry.add_aliases(names)
        entry.sources.update(["cldr", "i18n-iso-countries"])
        g.add(entry)
        g.country_by_iso[code] = entry


def read_country_info(src):
    rows = []
    with open(src / "geonames/countryInfo.tsv", encoding="utf-8") as f:
        header = None
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#"):
                if fields[0].startswith("#ISO"):
                    header = [h.lstrip("#") for h in fields]
                continue
            if header is None:
                header = fields
                continue
            rows.append(dict(zip(header, fields)))
    return rows


def country_qids_from_leaders(src, icu_names):
    """Maps ISO codes to country QIDs, joining the Wikidata lists' English labels to ICU names."""
    by_name = {}
    for code, names in icu_names.items():
        for n in names:
            by_name.setdefault(key(n), code)
    qids = {}
    for path, id_col, label_col in [
        ("leaders/wikidata-heads-of-state-and-government-2022.csv", "countryid", "country"),
        ("leaders/wikidata-foreign-ministers-2023.csv", "country", "countryLabel"),
    ]:
        with open(src / path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                code = SAME_ENTITY_LABELS.get(row[label_col]) or by_name.get(key(row[label_col]))
                if code and row[id_col].startswith("Q"):
                    qids.setdefault(code, row[id_col])
    return qids


# ---------------------------------------------------------------- cities


def load_cities(g, src):
    exemplar = {}
    for row in read_tsv(src / "cldr-48/exemplar-cities-de-en.tsv"):
        exemplar[row["tz_id"].split("/")[-1].replace("_", " ")] = row
    country_names = set()
    for e in g.country_by_iso.values():
        country_names.add(key(e.name))
        country_names.update(key(a) for a in e.aliases)
    rows = read_tsv(src / "geonames/cities15000-capitals-and-major.tsv")
    for row in rows:
        code = row["country_code"]
        feature = row["feature_code"]
        population = int(row["population"] or 0)
        capital = feature in ("PPLC", "PPLG")
        wanted = (
            capital
            or (code in FOCUS_COUNTRIES and feature.startswith("PPLA"))
            or population >= MIN_POPULATION_ELSEWHERE
            or (code, row["name"]) in EXTRA_CITIES
        )
        if not wanted or code not in g.country_by_iso:
            continue
        name = row["name"]
        if name in EXCLUDED_CITIES:
            g.dropped.append(f"city {name} ({code}): excluded, see EXCLUDED_CITIES")
            continue
        if key(name) in country_names or key(row["asciiname"]) in country_names:
            g.dropped.append(f"city {name} ({code}): same name as a country")
            continue
        entry = Entry("geonames-" + row["geonameid"], "place", name, code,
                      "capital" if feature == "PPLC" else "city")
        entry.add_aliases([row["asciiname"]])
        tz_city = row["timezone"].split("/")[-1].replace("_", " ")
        ex = exemplar.get(tz_city)
        if ex and key(ex["city_en"]) in (key(name), key(row["asciiname"])):
            entry.add_aliases([ex["city_de"], ex["city_en"]])
            entry.sources.add("cldr")
        script = SCRIPTS.get(code)
        if script:
            spaced = " " in name
            forms = [a.strip() for a in row["alternatenames"].split(",")
                     if script.match(a.strip()) and (spaced or " " not in a.strip())]
            entry.add_native(forms[:MAX_NATIVE_CITY_FORMS])
        entry.sources.add("geonames")
        g.add(entry)


# ---------------------------------------------------------------- organisations


def load_organisations(g, src):
    for row in read_tsv(src / "international-organisations/international-organisations-de-en.tsv"):
        qid = ORG_QIDS.get(row["id"], "")
        entry = Entry(qid or "io-" + row["id"].lower(), "org", row["name_en"], "",
                      row["type"].replace("_", " "), qid)
        entry.add_aliases([row["name_de"]] + split(row["aliases_de"]) + split(row["aliases_en"]))
        # Context-only aliases (Sicherheitsrat, Kommission, Rat) are left out on purpose: they
        # name the organisation only after its full name appeared in the same text.
        entry.sources.add("own")
        g.add(entry)


# ---------------------------------------------------------------- people


def load_leaders(g, src):
    people = {}

    def person(qid, label, country_label, role):
        if not qid.startswith("Q") or not label or label == qid:
            return
        e = people.get(qid)
        if e is None:
            e = Entry(qid, "person", label, country_iso(g, country_label), role, qid)
            e.sources.add("wikidata")
            people[qid] = e
        elif role and role not in e.role.split("; "):
            e.role = e.role + "; " + role if e.role else role

    with open(src / "leaders/wikidata-heads-of-state-and-government-2022.csv", encoding="utf-8",
              newline="") as f:
        for row in csv.DictReader(f):
            # An open end means "in office when the list was made", not "in office now".
            end = row["end_year"] or "; listed 2022"
            years = row["start_year"] + "–" + end if row["start_year"] else ""
            role = row["positionLabel"] + (" (" + years + ")" if years else "")
            person(row["officeholder"], row["officeholderLabel"], row["country"], role)
    with open(src / "leaders/wikidata-foreign-ministers-2023.csv", encoding="utf-8",
              newline="") as f:
        for row in csv.DictReader(f):
            since = row["start"][:4]
            role = row["positionLabel"] + (" (" + since + "–; listed 2023)" if since else "")
            person(row["person"], row["name"], row["countryLabel"], role)
    for e in people.values():
        g.add(e)


# Wikidata country labels that no country name source spells the same way.
COUNTRY_LABELS = {
    "Bailiwick of Guernsey": "GG", "Federated States of Micronesia": "FM", "Holy See": "VA",
    "Kingdom of Denmark": "DK", "Kingdom of the Netherlands": "NL", "Republic of Ireland": "IE",
    "The Bahamas": "BS",
}

# The subset of those labels whose Wikidata item is the ISO country itself (the Kingdom of Denmark
# or of the Netherlands and the Holy See are wider or other entities than DK, NL and VA).
SAME_ENTITY_LABELS = {
    k: v for k, v in COUNTRY_LABELS.items()
    if k in ("Bailiwick of Guernsey", "Federated States of Micronesia", "Republic of Ireland",
             "The Bahamas")
}


def country_iso(g, label):
    if label in COUNTRY_LABELS:
        return COUNTRY_LABELS[label]
    k = key(label)
    for code, e in g.country_by_iso.items():
        if key(e.name) == k or any(key(a) == k for a in e.aliases):
            return code
    return ""


# ---------------------------------------------------------------- curated


def apply_curated(g, path):
    rows = read_tsv(path)
    for number, row in enumerate(rows, start=2):
        if any(row.get(c) is None for c in COLUMNS):
            fail(f"{path.name}: row {number} lacks columns")
        target = resolve(g, row)
        if target is None:
            if not row["name"]:
                fail(f"{path.name}: row {number} matches no entry and has no name")
            rid = row["id"] or row["wikidata"] or slug(row["name"])
            if rid in g.entries:
                fail(f"{path.name}: slug {rid} for '{row['name']}' collides; give an id")
            target = g.add(Entry(rid, row["type"], row["name"], row["country"], row["role"],
                                 row["wikidata"] or (rid if re.fullmatch(r"Q\d+", rid) else "")))
        else:
            if row["name"] and row["name"] != target.name:
                previous = target.name
                target.name = row["name"]
                target.aliases = [a for a in target.aliases if a != target.name]
                target.add_aliases([previous])
            for column in ("country", "role", "wikidata"):
                if row[column]:
                    setattr(target, column, row[column])
        target.add_aliases(split(row["aliases"]))
        if split(row["native"]):
            # Curated native forms replace the sources' (GeoNames mixes languages and case forms).
            target.native = []
            target.add_native(split(row["native"]))
        target.sources.add("curated")


def resolve(g, row):
    if row["id"]:
        return g.entries.get(row["id"])
    if row["wikidata"] and row["wikidata"] in g.entries:
        return g.entries[row["wikidata"]]
    names = {key(row["name"])} | {key(a) for a in split(row["aliases"])}
    if row["type"] == "place" and row["role"] == "country":
        return g.country_by_iso.get(row["country"])
    candidates = [
        e for e in g.entries.values()
        if e.type == row["type"]
        and (not row["country"] or not e.country or e.country == row["country"])
        and (row["type"] != "place" or e.role != "country")
        and (key(e.name) in names or any(key(a) in names for a in e.aliases))
    ]
    if len(candidates) > 1:
        fail(f"curated '{row['name']}' is ambiguous: {[c.id for c in candidates]}")
    return candidates[0] if candidates else None


# ---------------------------------------------------------------- checks and output


def load_words():
    words = set()
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.casefold())
    return words


def clean(g):
    words = load_words()
    for e in g.entries.values():
        kept = []
        for a in e.aliases:
            if a in EXCLUDED_ALIASES:
                g.dropped.append(f"alias '{a}' of {e.id}: excluded, see EXCLUDED_ALIASES")
            elif "(" in a or INVERTED.search(a):
                # Catalogue forms ("Korea, Republic of", "Falklandinseln (Malwinen)") do not occur
                # in running text.
                g.dropped.append(f"alias '{a}' of {e.id}: catalogue form")
            elif a.casefold() in words:
                g.dropped.append(f"alias '{a}' of {e.id}: common German word")
            elif len(a) < 2 or (len(a) == 2 and not a.isupper()):
                g.dropped.append(f"alias '{a}' of {e.id}: too short")
            elif "\t" in a or "|" in a:
                fail(f"alias '{a}' of {e.id} contains a separator")
            else:
                kept.append(a)
        e.aliases = kept
    for e in list(g.entries.values()):
        if e.name.casefold() in words:
            if "curated" in e.sources:
                fail(f"name '{e.name}' of {e.id} is a common German word")
            g.dropped.append(f"entry {e.id} '{e.name}': name is a common German word")
            del g.entries[e.id]


def drop_shared_country_aliases(g):
    """An alias two countries share (Congo) names neither reliably: drop it from both."""
    owners = {}
    for e in g.country_by_iso.values():
        for a in e.aliases:
            owners.setdefault(a.casefold(), {})[e.id] = e
    for form, entries in sorted(owners.items()):
        if len(entries) > 1:
            for e in entries.values():
                e.aliases = [a for a in e.aliases if a.casefold() != form]
                g.dropped.append(f"alias '{form}' of {e.id}: shared by several countries")


def report_shared(g):
    owners = {}
    for e in g.entries.values():
        for form in {e.name, *e.aliases}:
            owners.setdefault(form.casefold(), set()).add(e.id)
    shared = {f: ids for f, ids in owners.items() if len(ids) > 1}
    for form in sorted(shared):
        print(f"note: '{form}' names {sorted(shared[form])}", file=sys.stderr)
    return len(shared)


def write(g, out, sources_present):
    lines = [
        "# Wortlaut default gazetteer of German political news. Generated by",
        "# gazetteer/tools/build_gazetteer.py from gazetteer/tools/curated.tsv and these sources:",
        "#   country names: Unicode CLDR 48 / ICU4J 78.1 (Unicode License v3, see NOTICE),",
        "#     i18n-iso-countries 7.14.0 (MIT, (c) 2016 widdix GmbH, see NOTICE);",
        "#   cities: GeoNames (geonames.org), CC BY 4.0, selected and modified;",
        "#   heads of state and government, foreign ministers: Wikidata (CC0), as of 2022/2023,",
        "#     updated and extended by hand; international organisations: the project's own list.",
        "# Columns: see docs/gazetteer-format.md. Do not edit by hand; edit curated.tsv and rebuild.",
        "\t".join(COLUMNS),
    ]
    order = {"person": 0, "place": 1, "org": 2}
    for e in sorted(g.entries.values(), key=lambda e: (order.get(e.type, 9), e.id)):
        lines.append("\t".join([
            e.id, e.type, e.name, "|".join(e.aliases), "|".join(e.native), e.country, e.role,
            e.wikidata,
        ]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", required=True, type=Path)
    parser.add_argument("--curated", default=DEFAULT_CURATED, type=Path)
    parser.add_argument("--out", default=DEFAULT_OUT, type=Path)
    args = parser.parse_args()
    src = args.sources
    g = Gazetteer()
    icu_names = {}
    for row in read_tsv(src / "icu4j-regions/icu4j-78.1-regions-de-en.tsv"):
        icu_names[row["code"]] = [row["name_en"], row["name_en_short"]]
    for code, names in json.loads(
            (src / "i18n-iso-countries/en.json").read_text(encoding="utf-8"))["countries"].items():
        icu_names.setdefault(code, []).extend([names] if isinstance(names, str) else names)
    load_countries(g, src, country_qids_from_leaders(src, icu_names))
    load_cities(g, src)
    load_organisations(g, src)
    load_leaders(g, src)
    apply_curated(g, args.curated)
    clean(g)
    drop_shared_country_aliases(g)
    shared = report_shared(g)
    write(g, args.out, True)
    counts = {}
    for e in g.entries.values():
        counts[e.type] = counts.get(e.type, 0) + 1
    for d in g.dropped:
        print("dropped: " + d, file=sys.stderr)
    print(f"wrote {args.out.name}: {len(g.entries)} entries {dict(sorted(counts.items()))}, "
          f"{shared} shared surface forms, {len(g.dropped)} dropped", file=sys.stderr)


if __name__ == "__main__":
    main()
