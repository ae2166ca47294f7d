#!/usr/bin/env python3
"""Build the EditorialLint lexicons in rules/lexicon/ from SCOWL and WordNet 3.0.

Inputs (Debian packages, installed with `apt-get install -y scowl wordnet-base`):
  /usr/share/dict/scowl/        SCOWL 2020.12.07 "final" word lists (package scowl)
  /usr/share/wordnet/           WordNet 3.0 index and exception files (package wordnet-base)
  /usr/share/doc/scowl/README.gz, /usr/share/doc/wordnet-base/copyright   licence texts
  tools/lexicon/name_parts.txt  hand-curated list of capitalised name words

Outputs:
  rules/lexicon/english.tsv         word<TAB>classes
  rules/lexicon/name-parts.txt      capitalised words that form part of proper names
  rules/lexicon/proper-names.txt    capitalised proper names (places, first names) SCOWL lists
  rules/lexicon/LICENSE-SCOWL.txt   SCOWL copyright, sources and credits (verbatim)
  rules/lexicon/LICENSE-WordNet.txt WordNet 3.0 licence (verbatim)

Python 3 standard library only.  The output is deterministic: the same inputs
give byte-identical files.
"""

import argparse
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))

# SCOWL sizes 10..50: 35 is wamerican-small, 50 is wamerican (the "medium" size).
SCOWL_SIZES = ("10", "20", "35", "40", "50")
# The spelling categories wamerican is built from, plus British spellings
# (defence, labour, centre, organisation) because news copy uses both.
SCOWL_WORD_CATEGORIES = ("english", "american", "british", "variant_1", "variant_2")
# Capitalised entries of these sub-categories mark a word as also a proper noun.
SCOWL_NAME_SUBCATEGORIES = ("upper", "proper-names")

CLASS_ORDER = "nvarfp"

# Closed-class (function) words: articles, determiners and quantifiers,
# pronouns, prepositions, conjunctions and subordinators, auxiliaries and
# modals, and the particles "not", "to" and existential "there".
FUNCTION_WORDS = {
    # articles and determiners
    "a", "an", "the", "this", "that", "these", "those", "each", "every",
    "either", "neither", "some", "any", "no", "all", "both", "half", "few",
    "fewer", "fewest", "many", "much", "more", "most", "less", "least",
    "several", "enough", "such", "another", "other", "own", "what",
    "whatever", "which", "whichever",
    # personal, possessive, reflexive, reciprocal pronouns
    "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself",
    "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "we", "us", "our", "ours",
    "ourselves", "they", "them", "their", "theirs", "themselves",
    "thee", "thou", "thy", "thine", "ye", "oneself",
    # relative, interrogative, indefinite pronouns
    "who", "whom", "whose", "whoever", "whomever", "anybody", "anyone",
    "anything", "everybody", "everyone", "everything", "nobody", "none",
    "nothing", "somebody", "someone", "something", "one", "ones",
    # prepositions
    "aboard", "about", "above", "across", "after", "against", "along",
    "alongside", "amid", "amidst", "among", "amongst", "around", "as", "at",
    "atop", "before", "behind", "below", "beneath", "beside", "besides",
    "between", "betwixt", "beyond", "by", "circa", "concerning", "despite",
    "down", "during", "except", "excluding", "for", "from", "in", "including",
    "inside", "into", "like", "minus", "near", "notwithstanding", "of",
    "off", "on", "onto", "opposite", "out", "outside", "over", "past",
    "pending", "per", "plus", "regarding", "save", "since", "than",
    "through", "throughout", "till", "to", "toward", "towards", "under",
    "underneath", "unlike", "until", "unto", "up", "upon", "versus", "via",
    "with", "within", "without", "worth",
    # conjunctions and subordinators
    "and", "but", "or", "nor", "yet", "so", "because", "although",
    "though", "while", "whilst", "whereas", "whereby", "wherein", "if",
    "unless", "whether", "lest", "once", "where", "wherever", "when",
    "whenever", "how", "however", "why", "then",
    # auxiliaries and modals
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has",
    "had", "having", "do", "does", "did", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "ought",
    # particles
    "not", "there",
}

# Words that must never appear in name-parts.txt (they are the tell-tale
# capitalised common words of machine-translated or spun copy).
NAME_PART_DENYLIST = {"Negotiation", "Phone", "Last", "Told", "Held", "Urge", "Ease", "Along"}
# Participles that WordNet lists only as verb forms but that are fixed parts
# of well-known names (The Associated Press).
NAME_PART_ALLOW_VERB_FORMS = {"Associated"}

VOWELS = set("aeiou")


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh]


def scowl_files(scowl_dir, categories, subcategories):
    for cat in categories:
        for sub in subcategories:
            for size in SCOWL_SIZES:
                path = os.path.join(scowl_dir, "%s-%s.%s" % (cat, sub, size))
                if os.path.exists(path):
                    yield path


def is_plain_lower(word):
    return word.isalpha() and word == word.lower()


def load_scowl(scowl_dir):
    """Return (lower-case words, lower-cased forms of capitalised names)."""
    words = set()
    for path in scowl_files(scowl_dir, SCOWL_WORD_CATEGORIES, ("words",)):
        for w in read_lines(path):
            if is_plain_lower(w):
                words.add(w)
    names = set()
    for path in scowl_files(scowl_dir, SCOWL_WORD_CATEGORIES, SCOWL_NAME_SUBCATEGORIES):
        for w in read_lines(path):
            # Title case only (Bill, May, Turkey); all-capital abbreviations
            # such as US or AIDS are not proper-noun uses of a common word.
            if len(w) > 1 and w.isalpha() and w[0].isupper() and w[1:] == w[1:].lower():
                names.add(w.lower())
    if not words:
        sys.exit("no SCOWL word lists found in %s (apt-get install -y scowl)" % scowl_dir)
    return words, names


def load_wordnet(wn_dir):
    """Return {pos: set(lemmas)} and {pos: {inflected: [bases]}} for single words."""
    lemmas, exceptions = {}, {}
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        path = os.path.join(wn_dir, "index." + name)
        if not os.path.exists(path):
            sys.exit("WordNet not found in %s (apt-get install -y wordnet-base)" % wn_dir)
        s = set()
        for line in read_lines(path):
            if line.startswith(" "):  # licence header
                continue
            lemma = line.split(" ", 1)[0]
            if lemma.isalpha():
                s.add(lemma)
        lemmas[pos] = s
        exc = {}
        for line in read_lines(os.path.join(wn_dir, name + ".exc")):
            parts = line.split()
            if len(parts) >= 2 and parts[0].isalpha():
                exc[parts[0]] = parts[1:]
        exceptions[pos] = exc
    return lemmas, exceptions


def ends_cvc(w):
    """Consonant-vowel-consonant ending whose last consonant doubles (stop, plan, admit)."""
    return (len(w) >= 3 and w[-1] not in VOWELS and w[-1] not in "wxy"
            and w[-2] in VOWELS and w[-3] not in VOWELS)


def plural_forms(w):
    """-s forms: noun plurals and verb third person singular."""
    out = {w + "s"}
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(w + "es")
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        out.add(w[:-1] + "ies")
    if w.endswith(("s", "z")):
        out.add(w + w[-1] + "es")  # quizzes, gasses
    if w.endswith("man"):
        out.add(w[:-3] + "men")  # women, chairmen
    return out


def verb_forms(w):
    out = set(plural_forms(w))
    # past tense and past participle
    if w.endswith("e"):
        out.add(w + "d")
    else:
        out.add(w + "ed")
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        out.add(w[:-1] + "ied")
    if w.endswith("c"):
        out.update({w + "ked", w + "king", w + "ks"})  # panicked
    # present participle
    if w.endswith("ie"):
        out.add(w[:-2] + "ying")
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        out.add(w[:-1] + "ing")
        out.add(w + "ing")  # singeing, ageing
    else:
        out.add(w + "ing")
    if ends_cvc(w) or w.endswith("l"):  # stopped, travelled (British)
        out.update({w + w[-1] + "ed", w + w[-1] + "ing"})
    return out


def comparative_forms(w):
    out = set()
    if w.endswith("e"):
        out.update({w + "r", w + "st"})
    elif w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        out.update({w[:-1] + "ier", w[:-1] + "iest"})
    else:
        out.update({w + "er", w + "est"})
    if ends_cvc(w):
        out.update({w + w[-1] + "er", w + w[-1] + "est"})
    return out


GENERATORS = {"n": plural_forms, "v": verb_forms, "a": comparative_forms, "r": comparative_forms}


def classify(words, names, lemmas, exceptions):
    classes = {w: set() for w in words}

    def add(word, cls):
        if word in classes:
            classes[word].add(cls)

    for pos in "nvar":
        for lemma in lemmas[pos]:
            add(lemma, pos)
        # Irregular forms from WordNet's exception lists (told -> tell).
        for form, bases in exceptions[pos].items():
            if any(b in lemmas[pos] for b in bases):
                add(form, pos)
        # Regular inflections, kept only when SCOWL has the form.  Function
        # words are skipped as generated forms so that "is" does not become
        # the plural of the letter "i".
        for lemma in lemmas[pos]:
            if len(lemma) < 2 or lemma not in words:
                continue
            for form in GENERATORS[pos](lemma):
                if form in FUNCTION_WORDS:
                    continue
                add(form, pos)
    derive(classes)
    for w in FUNCTION_WORDS:
        add(w, "f")
    for w in names:
        add(w, "p")
    return classes


NOUN_SUFFIXES = ("ness", "ism", "ist", "ment", "tion", "sion", "ity", "ship", "hood",
                 "ology", "ologist", "ician", "ee", "eer", "ance", "ence", "ancy", "ency",
                 "dom", "ure", "age", "ware", "woman", "person", "man")


def derive(classes):
    """Classify words WordNet lacks by transparent derivational suffixes.

    -ly adverbs of known adjectives (adeptly, accessibly) become r; words with
    unambiguous noun suffixes (abusiveness, acupuncturist, adware) become n,
    and their plurals follow.  Only words with no class yet are touched.
    """
    def known_adj(base):
        return base in classes and "a" in classes[base]

    for w in sorted(classes):
        if classes[w]:
            continue
        if w.endswith("ly"):
            stem = w[:-2]
            bases = {stem, stem + "e", stem + "le"}  # adept, true, accessible
            if stem.endswith("i"):
                bases.add(stem[:-1] + "y")  # happily
            if w.endswith("ally"):
                bases.add(stem[:-2])  # academically
            if any(known_adj(b) for b in bases):
                classes[w].add("r")
                continue
        singular = w
        if w.endswith("men"):
            singular = w[:-3] + "man"
        elif w.endswith("people"):
            singular = w[:-6] + "person"
        elif w.endswith("ies"):
            singular = w[:-3] + "y"
        elif w.endswith("es") and w[:-2].endswith(("s", "x", "z", "ch", "sh")):
            singular = w[:-2]
        elif w.endswith("s") and not w.endswith("ss"):
            singular = w[:-1]
        if singular != w and singular in classes and classes[singular] & {"n", "a"}:
            classes[w].add("n")  # agrarians, biochemicals
            continue
        for cand in (w, singular):
            if cand.endswith(NOUN_SUFFIXES) and len(cand) > 5:
                classes[w].add("n")
                break


def class_string(cls):
    return "".join(c for c in CLASS_ORDER if c in cls)


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def build_english(out_dir, classes):
    header = ("# word\tclasses: n noun, v verb (all inflected forms), a adjective, r adverb, "
              "f function word, p also a capitalised proper noun in SCOWL, x unclassified. "
              "Sources: SCOWL 2020.12.07 sizes 10-50 (english, american, british, variant_1, "
              "variant_2), Copyright 2000-2018 by Kevin Atkinson, SCOWL licence; "
              "WordNet 3.0 Copyright 2006 by Princeton University, All rights reserved, "
              "WordNet 3.0 licence. See README.md, LICENSE-SCOWL.txt, LICENSE-WordNet.txt. "
              "Generated by tools/lexicon/build_lexicon.py; do not edit.\n")
    lines = []
    unclassified = 0
    for w in sorted(classes):
        cs = class_string(classes[w])
        if not cs.replace("p", ""):
            # Neither WordNet nor the function-word list knows the word
            # (interjections, rare inflections).  Still English: mark it x.
            cs = "x" + cs
            unclassified += 1
        lines.append("%s\t%s\n" % (w, cs))
    write(os.path.join(out_dir, "english.tsv"), header + "".join(lines))
    return len(lines), unclassified


def parse_name_parts(path):
    groups, current = [], None
    for raw in read_lines(path):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            current = (line, [])
            groups.append(current)
            continue
        if current is None:
            sys.exit("%s: word before the first # heading: %r" % (path, line))
        current[1].extend(line.split())
    return groups


def build_name_parts(out_dir, src, classes):
    groups = parse_name_parts(src)
    seen, errors, out = set(), [], []
    out.append("# Capitalised common words that legitimately form part of proper names in news\n"
               "# copy (White House Press Secretary, NATO Secretary General, Minsk Protocol).\n"
               "# One word per line, grouped by kind; a word is listed once, under its first group.\n"
               "# Generated by tools/lexicon/build_lexicon.py from tools/lexicon/name_parts.txt; do not edit.\n")
    total = 0
    for heading, words in groups:
        kept = []
        for w in words:
            if not (w[0].isupper() and w.isalpha()):
                errors.append("not a capitalised word: %r" % w)
                continue
            if w in NAME_PART_DENYLIST:
                errors.append("denied word: %s" % w)
                continue
            cls = classes.get(w.lower())
            if cls is not None:
                if "f" in cls:
                    errors.append("function word: %s (%s)" % (w, class_string(cls)))
                    continue
                if cls & {"v", "r"} and not cls & {"n", "a"} and w not in NAME_PART_ALLOW_VERB_FORMS:
                    errors.append("neither noun nor adjective: %s (%s)" % (w, class_string(cls)))
                    continue
            if w in seen:
                continue
            seen.add(w)
            kept.append(w)
        if kept:
            out.append("\n" + heading + "\n")
            out.extend(w + "\n" for w in sorted(kept))
            total += len(kept)
    if errors:
        sys.exit("name_parts.txt:\n  " + "\n  ".join(errors))
    write(os.path.join(out_dir, "name-parts.txt"), "".join(out))
    return total


def build_proper_names(out_dir, names):
    """Names SCOWL knows (places, given names): a word here is someone else's name, not a typo."""
    header = ("# Proper names from SCOWL 2020.12.07 sizes 10-50 (upper and proper-names lists),\n"
              "# lower-cased, one a line. A capitalised word listed here is a real name (Ireland,\n"
              "# Austen), so the name index does not guess it is a misspelled official.\n"
              "# Generated by tools/lexicon/build_lexicon.py; do not edit.\n")
    write(os.path.join(out_dir, "proper-names.txt"), header + "".join(w + "\n" for w in sorted(names)))
    return len(names)


def copy_licences(out_dir, scowl_readme, wordnet_copyright):
    with gzip.open(scowl_readme, "rt", encoding="utf-8") as fh:
        text = fh.read()
    start = text.index("COPYRIGHT, SOURCES, and CREDITS:")
    end = text.index("FUTURE PLANS:")
    head = text[:text.index("\n", text.index("Version "))].strip() + "\n\n"
    write(os.path.join(out_dir, "LICENSE-SCOWL.txt"), head + text[start:end].rstrip() + "\n")
    with open(wordnet_copyright, encoding="utf-8") as fh:
        text = fh.read()
    m = re.search(r"^License: WordNet3\.0\n(.*?)(?=^\S|\Z)", text, re.S | re.M)
    body = "\n".join("" if l.strip() == "." else l[1:] for l in m.group(1).rstrip().split("\n"))
    write(os.path.join(out_dir, "LICENSE-WordNet.txt"), "WordNet 3.0 licence\n\n" + body + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scowl-dir", default="/usr/share/dict/scowl")
    ap.add_argument("--wordnet-dir", default="/usr/share/wordnet")
    ap.add_argument("--scowl-readme", default="/usr/share/doc/scowl/README.gz")
    ap.add_argument("--wordnet-copyright", default="/usr/share/doc/wordnet-base/copyright")
    ap.add_argument("--name-parts", default=os.path.join(HERE, "name_parts.txt"))
    ap.add_argument("--out-dir", default=os.path.join(REPO, "rules", "lexicon"))
    args = ap.parse_args(argv)

    words, names = load_scowl(args.scowl_dir)
    lemmas, exceptions = load_wordnet(args.wordnet_dir)
    classes = classify(words, names, lemmas, exceptions)
    os.makedirs(args.out_dir, exist_ok=True)
    n_words, n_unclassified = build_english(args.out_dir, classes)
    n_parts = build_name_parts(args.out_dir, args.name_parts, classes)
    n_names = build_proper_names(args.out_dir, names)
    copy_licences(args.out_dir, args.scowl_readme, args.wordnet_copyright)
    print("english.tsv: %d words (%d marked x)" % (n_words, n_unclassified))
    print("name-parts.txt: %d words" % n_parts)
    print("proper-names.txt: %d names" % n_names)


if __name__ == "__main__":
    main()
