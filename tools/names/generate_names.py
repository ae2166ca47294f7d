#!/usr/bin/env python3
"""Generate the labelled name fixtures in fixtures/labelled/names/ from the officials registry.

Deterministic: the same registry and people.yaml always give the same files (a fixed seed, every
list sorted before sampling). Python standard library plus PyYAML.

Usage: python3 tools/names/generate_names.py [--check] [--seed N --out DIR]
  (no option)   write the tuning set (fixtures/labelled/names/) and, with another seed, the
                held-out set (fixtures/labelled/names/holdout/) that rule changes are not tuned on.
  --check       regenerate in memory and exit 1 if the committed files differ.
  --seed/--out  write one more sample with another seed elsewhere.

What it writes (one file per group, the format of fixtures/labelled/README.md plus a few keys):

  listed.yaml     misspellings the registry lists, written into news sentences
  unlisted.yaml   slips nobody listed, made by applying one realistic slip to a registry name:
                  transposed, dropped or doubled letter in the surname, a y/i, v/w or ph/f swap,
                  a Russian-style first name for a Ukrainian official, a similar-sounding first
                  name; some as a full name, some as the surname alone after the official was named
  correct.yaml    registry names (canonical, accepted alternatives, surnames alone, possessives)
  lookalike.yaml  correct names of other people (people.yaml), common surnames from many countries
                  written alone or after common first names, and capitalised common words and places that resemble an
                  official's surname (people.yaml `words`)

Every misspelled item has `expect` (the wrong name as written) and `fix` (the registry spelling);
every correct item has `expect: []` and `names` (the correct mentions it contains).

A slip is skipped when its result is a correct spelling of anyone in the registry, a listed
misspelling (that belongs in listed.yaml), an English word or a name in the SCOWL proper-name list
(rules/lexicon): "John Kerry" is a correct name of someone else, not a misspelled "John Kelly",
and no tool or editor can tell otherwise from the text.
"""
import pathlib
import random
import re
import sys
import unicodedata

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "labelled" / "names"
SEED = 20240607
HOLDOUT_SEED = 1871

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Brussels", "Geneva", "Kyiv", "Washington", "London", "Berlin", "Warsaw", "Ankara", "Tokyo",
          "Vienna", "Doha", "Riyadh", "Madrid", "Rome", "Ottawa", "Canberra", "New Delhi", "Jakarta",
          "Oslo", "Helsinki", "Vilnius", "Prague", "Bucharest", "Cairo", "Amman", "Seoul"]
CLAUSES = ["talks would continue next week", "the sanctions would stay in place",
           "no decision had been taken on new funding", "the ceasefire was largely holding",
           "aid deliveries would resume within days", "the government was ready to negotiate",
           "the allies would keep supporting the reconstruction effort",
           "the proposal needed more work before it could be signed",
           "the country would not accept any deal reached without it",
           "further strikes on energy facilities would be answered",
           "the border crossings should reopen to trucks carrying food",
           "the meeting had been constructive but difficult",
           "the new package of military aid would arrive before winter",
           "both sides had agreed to exchange prisoners",
           "there was no evidence of a chemical attack",
           "the embassy would stay open despite the unrest"]
TOPICS = ["energy prices", "the grain corridor", "air defence", "the nuclear programme", "migration",
          "the trade dispute", "the peace plan", "frozen assets", "the humanitarian corridor",
          "the arms embargo", "election security", "the refugee crisis"]
QUOTES = ["We will not be intimidated", "This is a moment of great danger",
          "Diplomacy is the only way forward", "Our support will not waver",
          "Nobody wants an escalation", "The door to talks remains open",
          "We expect concrete steps, not words", "Time is running out"]
COUNTERPARTS = ["European counterparts", "senior officials from the region", "the foreign ministers of the Group of Seven",
                "his counterparts from neighbouring states", "members of the Security Council",
                "a delegation of lawmakers", "representatives of aid agencies"]
NATIONALITY = {"US": "US", "GB": "British", "FR": "French", "DE": "German", "RU": "Russian", "UA": "Ukrainian",
               "CN": "Chinese", "JP": "Japanese", "IT": "Italian", "PL": "Polish", "IR": "Iranian",
               "IL": "Israeli", "TR": "Turkish", "CA": "Canadian", "AU": "Australian", "IN": "Indian",
               "ES": "Spanish", "SE": "Swedish", "FI": "Finnish", "KR": "South Korean", "BY": "Belarusian",
               "GE": "Georgian", "HU": "Hungarian", "CZ": "Czech", "GR": "Greek", "NO": "Norwegian"}

# Russian-style forms of Ukrainian first names, as copy written from Russian-language sources has them.
RUSSIAN_FIRST = {
    "Volodymyr": ["Vladimir"], "Oleksandr": ["Aleksandr", "Alexander"], "Oleksiy": ["Aleksei", "Alexei"],
    "Oleksii": ["Alexei", "Aleksey"], "Dmytro": ["Dmitry", "Dmitri"], "Andriy": ["Andrei", "Andrey"],
    "Andrii": ["Andrei", "Andrey"], "Mykhailo": ["Mikhail"], "Serhiy": ["Sergei", "Sergey"],
    "Sergiy": ["Sergei", "Sergey"], "Serhii": ["Sergei"], "Kyrylo": ["Kirill"], "Petro": ["Pyotr"],
    "Mykola": ["Nikolai"], "Olena": ["Yelena", "Elena"], "Iryna": ["Irina"], "Denys": ["Denis"],
    "Ihor": ["Igor"], "Oleh": ["Oleg"], "Vadym": ["Vadim"], "Pavlo": ["Pavel"], "Heorhii": ["Georgy"],
    "Valerii": ["Valery"], "Vitali": ["Vitaly"], "Olha": ["Olga"], "Yulia": ["Yuliya"],
    "Rustem": ["Rustam"], "Davyd": ["David"], "Ruslan": [], "Oksana": [],
}
# First names that sound alike and are swapped in copy.
SIMILAR_FIRST = {
    "Steven": ["Stephen"], "Stephen": ["Steven"], "Jeffrey": ["Geoffrey"], "Geoffrey": ["Jeffrey"],
    "Jon": ["John"], "John": ["Jon"], "Sean": ["Shawn", "Shaun"], "Karoline": ["Caroline"],
    "Catherine": ["Katherine", "Kathryn"], "Katherine": ["Catherine", "Kathryn"], "Kristi": ["Christy"],
    "Sarah": ["Sara"], "Philip": ["Phillip"], "Phillip": ["Philip"], "Antony": ["Anthony"],
    "Anthony": ["Antony"], "Mark": ["Marc"], "Marc": ["Mark"], "Eric": ["Erik"], "Erik": ["Eric"],
    "Nikki": ["Nicky"], "Lindsey": ["Lindsay"], "Ann": ["Anne"], "Anne": ["Ann"], "Alan": ["Allan", "Allen"],
    "Brian": ["Bryan"], "Carl": ["Karl"], "Karl": ["Carl"], "Matthew": ["Mathew"], "Michael": ["Micheal"],
    "Teresa": ["Theresa"], "Theresa": ["Teresa"], "Lynne": ["Lynn"], "Rachel": ["Rachael"],
    "Deborah": ["Debra"], "Rebecca": ["Rebekah"], "Elizabeth": ["Elisabeth"], "Emmanuel": ["Emanuel"],
    "Josep": ["Joseph"], "Giorgia": ["Georgia"], "Keir": ["Kier"], "Annalena": ["Annalina"],
    "Friedrich": ["Frederick"], "Kristalina": ["Kristallina"], "Jens": ["Jen"], "Liz": ["Lis"],
    "Kamala": ["Kamla"], "Jerome": ["Jerrome"], "Janet": ["Jannet"], "Dominic": ["Dominick"],
    "Jeremy": ["Jeremey"], "Priti": ["Preeti"], "Rishi": ["Rishie"], "Boris": ["Borris"],
    "Ursula": ["Ursela"], "Olaf": ["Olav"], "Justin": ["Justine"], "Kaja": ["Kaia"],
    "Charles": ["Charls"], "Nancy": ["Nancie"], "Kevin": ["Kevan"], "Marco": ["Marko"],
    "Mette": ["Mete"], "Pedro": ["Petro"], "Narendra": ["Narender"], "Recep": ["Rejep"],
    "Emine": ["Emina"], "Ilham": ["Ilkham"], "Nikol": ["Nicol"], "Jacinda": ["Jacinta"],
    "Scott": ["Scot"], "Lloyd": ["Loyd"], "Gina": ["Geena"], "Avril": ["April"],
}
SMALL_WORDS = {"of", "the", "and", "for", "to", "on", "in"}
SUFFIXES = {"Jr.", "Sr.", "II", "III"}


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fold(name):
    """Roughly the linter's folded key: spellings of one name (Zelensky, Zelenskyy) share it."""
    s = strip_marks(name).lower()
    for a, b in (("ph", "f"), ("ck", "k"), ("th", "t"), ("kh", "h"), ("y", "i"), ("w", "v")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", s))


def unique_expect(text, wrong):
    """`wrong` as an expect string that occurs once in `text`: the last occurrence, widened to the right."""
    i = text.rindex(wrong)
    end = i + len(wrong)
    while text.count(text[i:end]) > 1 and end < len(text):
        end += 1
    return text[i:end]


def words_of(name):
    return name.split(" ")


def surname_of(name):
    w = [x for x in words_of(name) if x not in SUFFIXES]
    return w[-1]


def lexicon_words():
    words = set()
    for line in (ROOT / "rules/lexicon/english.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.add(line.split("\t")[0].lower())
    for line in (ROOT / "rules/lexicon/proper-names.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.add(line.strip().lower())
    return words


def title_case(phrase):
    out = []
    for i, w in enumerate(phrase.split(" ")):
        if any(c.isupper() for c in w) or (i > 0 and w in SMALL_WORDS):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def latest_role(o):
    return max(o["roles"], key=lambda r: r.get("from") or 0)


def title_for(o, rng):
    """A title from the official's latest post, capitalised as copy puts it before a name."""
    role = latest_role(o)
    titles = [t for t in role.get("titles", []) if t not in ("gen.", "general")]
    if not titles:
        return ""
    title = titles[0] if rng.random() < 0.6 else rng.choice(titles[:3])
    phrase = title_case(title)
    nat = NATIONALITY.get(role.get("country", ""))
    if nat and not any(c.isupper() for c in title) and not title.startswith("former") and rng.random() < 0.4:
        phrase = nat + " " + phrase
    return phrase


def pronoun(o):
    return {"male": "his", "female": "her"}.get(o.get("gender"), "the")


def full_sentence(rng, name, title, role):
    """One news sentence naming `name` (already written as it should appear)."""
    day, city, clause = rng.choice(DAYS), rng.choice(CITIES), rng.choice(CLAUSES)
    topic, quote, who = rng.choice(TOPICS), rng.choice(QUOTES), rng.choice(COUNTERPARTS)
    titled = f"{title} {name}" if title else name
    templates = [
        f"{titled} said on {day} that {clause}.",
        f"\u201c{quote},\u201d {name} told reporters in {city}.",
        f"{name} is due to meet {who} in {city} on {day}.",
        f"Speaking in {city} on {day}, {titled} said {clause}.",
        f"The remarks by {titled} came hours after talks on {topic} broke down.",
        f"In a statement, {titled} said {clause}.",
        f"{name}, the {role}, said {clause}.",
        f"A spokesperson for {name} declined to comment on {topic}.",
        f"{city} \u2014 {titled} arrived on {day} for talks on {topic}.",
        f"According to {titled}, {clause}.",
        f"{name}\u2019s office said {clause}.",
        f"Reporters asked {titled} about {topic} at a briefing on {day}.",
        f"{titled} told a news conference in {city} that {clause}.",
        f"\u201c{quote},\u201d said {titled}.",
        f"Asked about {topic}, {name} said {clause}.",
        f"{name} later wrote on social media that {clause}.",
        f"On {day}, {titled} rejected calls for a new approach to {topic}.",
        f"Officials close to {name} said {clause}.",
    ]
    return rng.choice(templates)


def context_sentences(rng, first, title, later, o):
    """The official named in full, then the surname alone (as written in `later`)."""
    day, city, clause = rng.choice(DAYS), rng.choice(CITIES), rng.choice(CLAUSES)
    topic, who = rng.choice(TOPICS), rng.choice(COUNTERPARTS)
    titled = f"{title} {first}" if title else first
    templates = [
        f"{titled} met {who} in {city} on {day}. {later} urged both sides to return to talks on {topic}.",
        f"{first} spoke to reporters on {day}. Later, {later} said {clause}.",
        f"{titled} arrived in {city} on {day}. In {pronoun(o)} remarks, {later} stressed {topic}.",
        f"{first} is expected at the summit in {city}. Officials close to {later} said {clause}.",
        f"{titled} addressed lawmakers on {day}. {later}\u2019s remarks on {topic} were welcomed by {who}.",
        f"{titled} held talks in {city}. Asked about {topic}, {later} said {clause}.",
    ]
    return rng.choice(templates)


class Registry:
    def __init__(self, officials):
        self.officials = officials
        self.correct_full = set()
        self.correct_words = set()
        self.listed = set()
        for o in officials:
            for form in [o["name"]] + (o.get("alternatives") or []):
                self.correct_full.add(form)
                self.correct_full.add(strip_marks(form))
                for w in words_of(form):
                    self.correct_words.add(w)
                    self.correct_words.add(strip_marks(w))
            for m in o.get("misspellings") or []:
                self.listed.add(m)

    def is_known(self, form):
        return form in self.correct_full or form in self.listed or strip_marks(form) in self.correct_full


def slips_of_surname(s, rng):
    """Candidate (kind, wrong surname) pairs for one surname, in a fixed order."""
    out = []
    low = s
    # transposition of two adjacent letters after the first
    for i in range(1, len(low) - 2):
        a, b = low[i], low[i + 1]
        if a != b and a.isalpha() and b.isalpha() and a.islower() and b.islower():
            out.append(("transposition", low[:i] + b + a + low[i + 2:]))
    # a dropped letter (not the first)
    for i in range(1, len(low)):
        if low[i].isalpha() and low[i].islower() and not (i == len(low) - 1 and len(low) < 6):
            out.append(("dropped letter", low[:i] + low[i + 1:]))
    # a doubled letter
    for i in range(1, len(low) - 1):
        c = low[i]
        if c.islower() and c not in "aeiouy" and low[i + 1].islower() and low[i - 1] != c and low[i + 1] != c:
            out.append(("doubled letter", low[:i] + c + low[i:]))
    # transliteration swaps
    for a, b in [("y", "i"), ("i", "y"), ("v", "w"), ("w", "v"), ("ph", "f"), ("f", "ph")]:
        start = 1
        while True:
            i = low.find(a, start)
            if i < 0:
                break
            out.append(("transliteration " + a + "/" + b, low[:i] + b + low[i + len(a):]))
            start = i + 1
    rng.shuffle(out)
    return out


def option(name, default):
    args = sys.argv[1:]
    return args[args.index(name) + 1] if name in args else default


def main():
    check = "--check" in sys.argv[1:]
    if "--seed" in sys.argv[1:]:
        stale = generate(int(option("--seed", SEED)), pathlib.Path(option("--out", OUT)), check)
    else:
        stale = generate(SEED, OUT, check)
        stale = generate(HOLDOUT_SEED, OUT / "holdout", check) or stale
    sys.exit(1 if stale else 0)


def generate(seed, out, check):
    """Writes (or with `check` compares) one sample; returns whether a file was out of date."""
    rng = random.Random(seed)
    officials = load(ROOT / "rules/officials.yaml")["officials"]
    people = load(ROOT / "tools/names/people.yaml")
    reg = Registry(officials)
    words = lexicon_words()
    by_name = {o["name"]: o for o in officials}
    usable = [o for o in officials if len(words_of(o["name"])) >= 2 and surname_of(o["name"])[0].isupper()]

    def role_text(o):
        return latest_role(o)["role"]

    def item(text, expect, fix=None, **extra):
        d = {"text": text, "expect": expect}
        if fix is not None:
            d["fix"] = fix
        d.update(extra)
        return d

    # --- listed misspellings -------------------------------------------------
    listed = []
    pairs = sorted((o["name"], m) for o in officials for m in (o.get("misspellings") or []))
    rng.shuffle(pairs)
    for name, wrong in pairs[:140]:
        o = by_name[name]
        if " " in wrong:
            text = full_sentence(rng, wrong, title_for(o, rng) if rng.random() < 0.5 else "", role_text(o))
            listed.append(item(text, [wrong], name, official=name, slip="listed"))
        else:
            text = context_sentences(rng, name, title_for(o, rng), wrong, o)
            listed.append(item(text, [unique_expect(text, wrong)], surname_of(name), official=name, slip="listed surname"))

    # --- unlisted slips ------------------------------------------------------
    unlisted = []
    used = set()

    def accept(wrong_full, wrong_word):
        if wrong_full in used or reg.is_known(wrong_full) or wrong_word in reg.correct_words:
            return False
        if strip_marks(wrong_word).lower() in words:
            return False
        return True

    pool = sorted(usable, key=lambda o: o["name"])
    rng.shuffle(pool)
    quotas = {"transposition": 26, "dropped letter": 26, "doubled letter": 20, "transliteration": 22}
    counts = dict.fromkeys(quotas, 0)
    for o in pool:
        name = o["name"]
        surname = surname_of(name)
        if len(surname) < 4 or "-" in surname:
            continue
        for kind, wrong in slips_of_surname(surname, rng):
            group = "transliteration" if kind.startswith("transliteration") else kind
            if counts[group] >= quotas[group]:
                continue
            wrong_full = name.replace(surname, wrong)
            if not accept(wrong_full, wrong):
                continue
            used.add(wrong_full)
            counts[group] += 1
            if rng.random() < 0.3:
                text = context_sentences(rng, name, title_for(o, rng), wrong, o)
                unlisted.append(item(text, [unique_expect(text, wrong)], surname, official=name, slip=kind + ", surname alone"))
            else:
                text = full_sentence(rng, wrong_full, title_for(o, rng) if rng.random() < 0.5 else "", role_text(o))
                unlisted.append(item(text, [wrong_full], name, official=name, slip=kind))
            break
        if all(counts[g] >= q for g, q in quotas.items()):
            break

    def first_name_slips(table, kind, limit, only_country=None):
        n = 0
        per_pair = {}
        for o in sorted(usable, key=lambda x: x["name"]):
            if only_country and latest_role(o).get("country") != only_country:
                continue
            first = words_of(o["name"])[0]
            for alt in table.get(first, []):
                wrong_full = alt + o["name"][len(first):]
                # A first name is a name anyway: only the registry's own forms are excluded.
                if wrong_full in used or reg.is_known(wrong_full) or per_pair.get((first, alt), 0) >= 2:
                    continue
                per_pair[(first, alt)] = per_pair.get((first, alt), 0) + 1
                used.add(wrong_full)
                text = full_sentence(rng, wrong_full, title_for(o, rng) if rng.random() < 0.5 else "", role_text(o))
                unlisted.append(item(text, [wrong_full], o["name"], official=o["name"], slip=kind))
                n += 1
                break
            if n >= limit:
                break

    first_name_slips(RUSSIAN_FIRST, "Russian-style first name", 24, "UA")
    first_name_slips(SIMILAR_FIRST, "similar-sounding first name", 30)

    # --- correct mentions ----------------------------------------------------
    correct = []
    for o in sorted(usable, key=lambda x: x["name"]):
        name = o["name"]
        forms = [name] + [a for a in (o.get("alternatives") or []) if " " in a]
        form = forms[0] if rng.random() < 0.7 or len(forms) == 1 else rng.choice(forms[1:])
        if rng.random() < 0.35:
            # The surname comes back as written in the full form: one article, one spelling. A lone
            # alternative is used only when it is another word (Lula after Lula da Silva), not a variant.
            later = surname_of(form)
            alone = [a for a in (o.get("alternatives") or []) if " " not in a and fold(a) != fold(later)]
            if alone and rng.random() < 0.3:
                later = rng.choice(alone)
            text = context_sentences(rng, form, title_for(o, rng), later, o)
            correct.append(item(text, [], names=[form, later], official=name))
        else:
            text = full_sentence(rng, form, title_for(o, rng) if rng.random() < 0.6 else "", role_text(o))
            correct.append(item(text, [], names=[form], official=name))

    # --- lookalikes ----------------------------------------------------------
    lookalike = []
    for p in people["people"]:
        person, near = p["name"], p["near"]
        if person in reg.correct_full:
            sys.exit(f"people.yaml: {person} is in the registry; list only other people")
        if near not in by_name:
            sys.exit(f"people.yaml: {near} is not in the registry")
        o = by_name[near]
        text = full_sentence(rng, person, "", "")
        if "the , " in text:
            text = f"{person} said on {rng.choice(DAYS)} that {rng.choice(CLAUSES)}."
        lookalike.append(item(text, [], names=[person], near=near, note="another person"))
        surname = surname_of(person)
        if surname != surname_of(near):
            day, city, clause = rng.choice(DAYS), rng.choice(CITIES), rng.choice(CLAUSES)
            text = (f"{near} met {person} in {city} on {day}. {surname} later said {clause}.")
            lookalike.append(item(text, [], names=[near, person, surname], near=near,
                                  note="another person, surname alone after the official was named"))
    surnames = [n for row in people["surnames"] for n in row if n not in reg.correct_words]
    for i in range(0, len(surnames), 4):
        group = surnames[i:i + 4]
        listing = ", ".join(group[:-1]) + " and " + group[-1] if len(group) > 1 else group[0]
        text = rng.choice([f"{listing} were among the signatories, the organisers said.",
                           f"The panel will hear from {listing} on {rng.choice(DAYS)}.",
                           f"Lawyers for {listing} declined to comment."])
        lookalike.append(item(text, [], names=group, note="surnames of other people"))
    given = [n for row in people["given-names"] for n in row]
    invented = set()
    while len(invented) < 240:
        person = f"{rng.choice(given)} {rng.choice(surnames)}"
        if person not in reg.correct_full and person not in reg.listed:
            invented.add(person)
    invented = sorted(invented)
    rng.shuffle(invented)
    for i in range(0, len(invented), 2):
        a, b = invented[i:i + 2]
        text = rng.choice([f"{a} and {b} said on {rng.choice(DAYS)} that {rng.choice(CLAUSES)}.",
                           f"{a} told reporters in {rng.choice(CITIES)} that {b} had been informed.",
                           f"The letter was signed by {a}; {b} declined to comment."])
        lookalike.append(item(text, [], names=[a, b], note="invented people with common names"))
    for w in people["words"]:
        lookalike.append(item(w["text"], [], names=[w["near"]], near=w["near"], note="common word or place"))

    files = {
        "listed.yaml": ("listed", "Misspellings the registry lists (rules/officials.yaml `misspellings`), in news sentences.", listed),
        "unlisted.yaml": ("unlisted", "Slips nobody listed: one realistic slip applied to a registry name (see `slip`).", unlisted),
        "correct.yaml": ("correct", "Registry names spelled right: canonical forms, accepted alternatives, surnames alone.", correct),
        "lookalike.yaml": ("lookalike", "Correct names of other people and common words that resemble officials' names.", lookalike),
    }
    stale = False
    for fname, (group, about, items) in files.items():
        header = (f"# {about}\n# Generated by tools/names/generate_names.py from rules/officials.yaml and "
                  f"tools/names/people.yaml; do not edit.\n")
        body = yaml.safe_dump({"category": "official-name", "group": group, "items": items},
                              allow_unicode=True, sort_keys=False, width=200)
        text = header + body
        path = out / fname
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path} is out of date")
                stale = True
        else:
            out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        mentions = sum(len(i["expect"]) or len(i.get("names", [])) for i in items)
        print(f"{path}: {len(items)} items, {mentions} mentions")
    return stale


if __name__ == "__main__":
    main()
