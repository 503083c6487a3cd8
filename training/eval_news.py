"""Measure the model on Dutch news and old newspaper text, to show it did not just memorise the generator's frames.

- UD Dutch Alpino test (news): rough recall on PROPN tokens that are person or place names (their form is in the
  Statbel first-name/surname/municipality lists of belgian-deduce, or the residence list), i.e. the share of them
  inside any PER/LOC/ORG entity of the model (also without the countries and regions, which stay); plus the share
  of all PROPN tokens tagged and, as a false-positive indication, the share of non-PROPN word tokens tagged.
- Europeana Newspapers NL (19th-century OCR, BIO tags), its first 60,000 tokens (training reads only tokens after
  those, ``EUROPEANA_HELD_OUT``): entity-level recall for PER and LOC (an entity counts as
  found when any character of its tokens is inside a model entity; "strict" when that entity has the same label),
  and LOC_place: the LOC entities that are not a country or region the engine keeps (``kept_geography``, folded as
  the engine compares words).
Usage: ``python -m training.eval_news [--model models/nl_casusprep] [--engine] [--misses F] [--dev]``
(``--engine``: the whole anonymisation engine, rules and model, as the coach gets it; ``--dev``: UD Alpino dev and
the Europeana tokens after the held-out part, the parts to read misses from when writing rules).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared folder beside the repository (or beside the folder of worktrees that holds it).
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
DATA = SHARED / "data"
# Europeana NL is measured on its first tokens only; training reads only what comes after them.
EUROPEANA_HELD_OUT = 60000
# ``--dev`` reads as many Europeana tokens after the held-out part (and a gap, so no article spans both).
DEV_GAP = 2000
_PUNCTUATION = ".,;:!?\"'()[]«»„“”‘’-"


def kept_geography() -> frozenset[str]:
    """What the engine keeps on purpose, folded as it compares words ('ITALIE' is Italië): countries, continents,
    regions, provinces and the whole regions a service serves (België, Vlaanderen)."""
    from casusprep.anonymise.vocabulary import vocabulary

    voc = vocabulary()
    return frozenset(fold(w) for w in (*voc.countries, *voc.regions, *voc.provinces, *voc.whole_regions))


def fold(text: str) -> str:
    from casusprep.anonymise.lexicon import fold as engine_fold

    return engine_fold(text)


def _conllu_sentences(path: Path):
    toks: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if toks:
                yield toks
            toks = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        toks.append((cols[1], cols[3], "SpaceAfter=No" not in cols[9]))
    if toks:
        yield toks


def _rebuild(toks):
    text, offs = "", []
    for form, _tag, space in toks:
        offs.append((len(text), len(text) + len(form)))
        text += form + (" " if space else "")
    return text, offs


def eval_ud(nlp, misses: list[str] | None = None, split: str = "test") -> dict:
    from training.generator.names import _read, sources

    s = sources()
    name_forms = set(s["first"]) | set(s["surname"]) | set(s["munis"]) | set(s["localities"])
    name_forms |= set(_read("locations/lst_placename/lst_residence"))
    # countries and regions stay on purpose (as in LOC_place below): the second recall leaves them out
    not_places = kept_geography()
    path = DATA / "ud-dutch" / f"UD_Dutch-Alpino__nl_alpino-ud-{split}.conllu"
    sents = list(_conllu_sentences(path))
    texts = [_rebuild(t) for t in sents]
    propn = propn_hit = named = named_hit = other = other_hit = personal = personal_hit = 0
    for (text, offs), toks, doc in zip(texts, sents, nlp.pipe([t for t, _ in texts], batch_size=64), strict=True):
        covered = set()
        for e in doc.ents:
            if e.label_ in ("PER", "LOC", "ORG"):
                covered.update(range(e.start_char, e.end_char))
        for (form, tag, _), (a, _b) in zip(toks, offs, strict=True):
            hit = a in covered
            if tag == "PROPN":
                propn += 1
                propn_hit += hit
                if form in name_forms:
                    named += 1
                    named_hit += hit
                    if fold(form) not in not_places:
                        personal += 1
                        personal_hit += hit
                    if misses is not None and not hit:
                        misses.append(f"UD\t{form}\t{text}")
            elif form.isalpha():
                other += 1
                other_hit += hit
    return {
        "sentences": len(sents),
        "propn_name_tokens": named,
        "propn_name_recall": round(named_hit / named, 4),
        "propn_name_recall_no_countries": round(personal_hit / personal, 4),
        "propn_tokens": propn,
        "propn_tagged": round(propn_hit / propn, 4),
        "non_propn_word_tokens": other,
        "non_propn_tagged": round(other_hit / other, 4),
    }


def eval_europeana(
    nlp, max_tokens: int = EUROPEANA_HELD_OUT, misses: list[str] | None = None, first_token: int = 0
) -> dict:
    path = DATA / "europeana-nl" / "enp_NL.kb.bio"
    words, tags = [], []
    for line in path.read_text(encoding="utf-8").splitlines()[first_token:max_tokens]:
        parts = line.rsplit(" ", 1)
        if len(parts) == 2:
            words.append(parts[0])
            tags.append(parts[1])
    # pseudo-sentences: cut after a full stop every ~40 tokens (the file has no sentence boundaries)
    chunks, cur = [], []
    for i, w in enumerate(words):
        cur.append(i)
        if (w == "." and len(cur) >= 15) or len(cur) >= 80:
            chunks.append(cur)
            cur = []
    if cur:
        chunks.append(cur)
    # countries and regions are not personal data (the engine keeps them on purpose): LOC_place leaves those out
    not_places = kept_geography()
    stats = {lab: [0, 0, 0] for lab in ("PER", "LOC", "LOC_place", "ORG")}  # found-any, found-strict, total
    texts = []
    for ch in chunks:
        text, offs = "", []
        for i in ch:
            offs.append((len(text), len(text) + len(words[i])))
            text += words[i] + " "
        texts.append((text, offs))
    for ch, (text, offs), doc in zip(chunks, texts, nlp.pipe([t for t, _ in texts], batch_size=64), strict=True):
        lab_at = {}
        for e in doc.ents:
            for c in range(e.start_char, e.end_char):
                lab_at[c] = e.label_
        ents, cur = [], None
        for k, i in enumerate(ch):
            t = tags[i]
            if t.startswith("B-") or (t.startswith("I-") and (cur is None or cur[0] != t[2:])):
                cur = (t[2:], [k])
                ents.append(cur)
            elif t.startswith("I-") and cur is not None:
                cur[1].append(k)
            else:
                cur = None
        for lab, ks in ents:
            if lab not in stats:
                continue
            # A word counts as found when any of its characters is inside an entity: the file keeps punctuation
            # on its words ('(Noordbrabant)', "d'Anvers"), which the engine rightly leaves in the text.
            labs = {lab_at.get(c) for k in ks for c in range(*offs[k])} - {None}
            kinds = [lab]
            # the file keeps punctuation on its words ('Frankrijk,'): a country with a comma is still a country
            name = fold(" ".join(words[ch[k]] for k in ks).strip(_PUNCTUATION))
            if lab == "LOC" and name not in not_places:
                kinds.append("LOC_place")
            for kind in kinds:
                stats[kind][2] += 1
                stats[kind][0] += bool(labs)
                stats[kind][1] += lab in labs
            if misses is not None and not labs and kinds[-1] != "LOC":
                misses.append(f"{kinds[-1]}\t{' '.join(words[ch[k]] for k in ks)}\t{text}")
    return {
        lab: {"entities": v[2], "recall_any": round(v[0] / v[2], 4), "recall_strict": round(v[1] / v[2], 4)}
        for lab, v in stats.items()
        if v[2]
    }


class _Entity:
    def __init__(self, start_char: int, end_char: int, label: str):
        self.start_char, self.end_char, self.label_ = start_char, end_char, label


class _EngineDoc:
    def __init__(self, ents: list[_Entity]):
        self.ents = ents


class EngineAsPipeline:
    """The whole anonymisation engine (rules, word lists and the model, no registered persons) in the shape the
    measures above read: what it removes, as entities (PERSON as PER, LOCATION/ADDRESS as LOC, ORGANIZATION as
    ORG, anything else under its own type, which still counts for 'recall_any')."""

    _LABELS = {"PERSON": "PER", "LOCATION": "LOC", "ADDRESS": "LOC", "ORGANIZATION": "ORG"}

    def pipe(self, texts, batch_size: int = 64):
        from casusprep.anonymise import anonymise_texts

        texts = list(texts)
        for done in anonymise_texts([(t, []) for t in texts], n_process=1):
            ents = [_Entity(d.start, d.end, self._LABELS.get(d.entity_type, d.entity_type)) for d in done.detections]
            yield _EngineDoc(ents)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(ROOT / "models" / "nl_casusprep"))
    ap.add_argument("--engine", action="store_true", help="measure the whole engine instead of the model alone")
    ap.add_argument("--misses", type=Path, help="write every missed name or place with its text, one a line (TSV)")
    ap.add_argument(
        "--dev",
        action="store_true",
        help="measure the parts to read misses from instead (UD Alpino dev, Europeana after the held-out part)",
    )
    a = ap.parse_args(argv)
    import spacy

    nlp = EngineAsPipeline() if a.engine else spacy.load(a.model)
    misses: list[str] | None = [] if a.misses else None
    if a.dev:
        # Reading misses and writing rules against the measured parts would make those figures worthless: rules
        # are written from these parts, the test figures above are only measured.
        start = EUROPEANA_HELD_OUT + DEV_GAP
        res = {
            "ud_alpino_dev": eval_ud(nlp, misses, split="dev"),
            "europeana_nl_dev_tokens": eval_europeana(
                nlp, max_tokens=start + EUROPEANA_HELD_OUT, misses=misses, first_token=start
            ),
        }
    else:
        res = {
            "ud_alpino_test": eval_ud(nlp, misses),
            "europeana_nl_first_60k_tokens": eval_europeana(nlp, misses=misses),
        }
    if a.misses and misses is not None:
        a.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=1))
    return res


if __name__ == "__main__":
    main()
