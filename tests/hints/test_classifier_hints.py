"""The sentence classifier behind the hints: clause choice, the false alarms it must not raise, and its loading.

The sentences here are invented for these tests (none is in the training corpus or the repo's labelled set).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casusprep.hints import classifier, find_hints, load_lexicon
from casusprep.hints.clauses import clauses, interpretation_span, reported_speech, strip_prefix
from casusprep.hints.engine import lexicon_hints
from casusprep.hints.patterns import load_patterns

ROOT = Path(__file__).resolve().parents[2]


def no_preference(pieces: list[str]) -> list[float]:
    return [0.0] * len(pieces)


def marked(sentence: str, kind: str, score=no_preference) -> str:
    a, b = interpretation_span(sentence, kind, score)
    return sentence[a:b]


# --------------------------------------------------------------------------- clause choice (no model needed)


def test_a_cause_is_marked_from_its_conjunction_to_the_end_of_its_clause():
    assert marked("Hij sliep slecht, want zijn oom was op bezoek.", "cause") == "want zijn oom was op bezoek"
    assert marked("Ze wou niet eten omdat ze jaloers is, en ging dan spelen.", "cause") == "omdat ze jaloers is"
    assert marked("Door de nieuwe baby plast hij weer in zijn broek.", "cause").startswith("Door de nieuwe baby")


def test_an_inference_is_marked_after_the_observation_it_is_added_to():
    sentence = "Ze gaf haar koek aan Mila, wat toont dat ze goed kan delen."
    assert marked(sentence, "inference") == "wat toont dat ze goed kan delen"
    assert (
        marked("Hij at drie bananen, dus hij krijgt thuis te weinig.", "inference") == "dus hij krijgt thuis te weinig"
    )


def test_a_home_claim_is_the_clause_with_thuis_and_a_log_prefix_is_left_out():
    sentence = "14u20: kwam binnen met natte schoenen, thuis wordt niet op hem gelet."
    assert strip_prefix(sentence) == len("14u20: ")
    assert marked(sentence, "home_claim") == "thuis wordt niet op hem gelet"


def test_without_a_cue_the_clause_the_model_rates_highest_is_marked():
    sentence = "Ze bouwde een toren van blokken, ze is een echte doorzetter."

    def rate(pieces: list[str]) -> list[float]:
        return [0.9 if "doorzetter" in p else 0.1 for p in pieces]

    assert marked(sentence, "label", rate) == "ze is een echte doorzetter"
    assert [sentence[a:b] for a, b in clauses(sentence)] == [
        "Ze bouwde een toren van blokken",
        "ze is een echte doorzetter",
    ]


def test_reported_speech_with_its_source_is_what_was_heard():
    assert reported_speech("Bij het brengen zei papa dat ze slecht geslapen had.")
    assert reported_speech("Mama vroeg of hij morgen vroeger mag komen.")
    assert not reported_speech("De buurman vertelde dat papa vaak drinkt.")  # hearsay: not the family's own account
    assert not reported_speech("Papa zei dat ze gevallen was, maar dat geloof ik niet.")  # the writer's doubt added
    assert not reported_speech("Mama is boos omdat ze zei dat het niet mocht.")
    assert not reported_speech("Een andere mama vertelde dat de kinderen alleen thuis zitten.")  # not the family
    assert not reported_speech("Hij vroeg of papa kwam, wat toont dat hij hem mist.")  # an inference added


# --------------------------------------------------------------------------- the shipped classifier


def test_the_classifier_is_shipped_with_thresholds_and_an_explanation_per_kind():
    path = classifier.model_path()
    assert path is not None
    limits = classifier.read_thresholds(path)
    assert 0.0 <= limits.lexicon <= limits.model < 1.0
    labels = set(json.loads((path / "meta.json").read_text(encoding="utf-8"))["labels"]["textcat"])
    assert classifier.OBSERVATION in labels
    assert labels - {classifier.OBSERVATION} == set(load_lexicon().klasse)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Ze wou niet slapen omdat haar knuffel thuis was blijven liggen.", "omdat"),
        ("Hij gaf zijn koek aan Mila, wat toont dat hij graag deelt.", "wat toont"),
        ("Thuis krijgt hij 's avonds te weinig te eten.", "Thuis"),
        ("Ik hoorde van een andere mama dat papa zijn werk kwijt is.", "Ik hoorde"),
    ],
)
def test_interpretations_without_a_lexicon_phrase_get_a_hint_of_their_own(sentence, start):
    assert lexicon_hints(sentence) == []
    (hint,) = find_hints(sentence)
    assert hint.text.startswith(start) and sentence[hint.start : hint.end] == hint.text
    klasse = load_lexicon().klasse
    described = {(k.soort, k.uitleg, k.suggestie) for k in klasse.values()}
    described |= {(klasse[p.klasse].soort, p.uitleg, p.suggestie) for p in load_patterns().patroon.values()}
    assert (hint.kind, hint.explanation, hint.suggestion) in described


@pytest.mark.parametrize(
    "sentence",
    [
        'De buurvrouw zei aan de deur: "Hij huilt elke nacht, dat kind."',  # a quote with its source
        'oma zei om 16u: "hij is gewoon moe, hij is te laat gaan slapen"',  # only its source outside the quote
        '"Ze is verdrietig omdat de poes weg is," vertelde papa bij het brengen.',
        "Vandaag drie keer op de grond gegooid, telkens nadat hij zijn beker kreeg.",  # a frequency, stated period
        "Volgens het boekje van Kind en Gezin woog ze vorige maand 6,4 kg.",  # a document, its source, the fact
        "Mama sprak duidelijk en rustig bij het ophalen.",  # "duidelijk" literally
        "Hij had geen koorts bij het ophalen om 17u.",  # a negated fact
        "Bij het brengen zei papa dat ze vannacht twee keer wakker werd.",  # reported speech with its source
    ],
)
def test_the_false_alarms_of_the_lexicon_and_the_model_are_not_raised(sentence):
    assert find_hints(sentence) == []


def test_without_a_shipped_classifier_the_lexicon_and_the_patterns_work_alone(monkeypatch):
    monkeypatch.setattr(classifier, "_state", {"model": None})
    sentence = "Ze wou niet slapen omdat haar knuffel thuis was blijven liggen. Hij lijkt moe. Ze miste haar mama."
    assert [h.text for h in find_hints(sentence)] == [
        "omdat haar knuffel thuis was blijven liggen",
        "lijkt",
        "moe",
        "Ze miste haar mama",
    ]


def test_importing_the_hints_loads_no_spacy():
    """The first screens import the hints package; the model and spaCy load only when a check runs."""
    code = "import sys, casusprep.hints; print('spacy' in sys.modules, 'thinc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_shipped_classifier_was_trained_with_the_committed_config():
    """spaCy copies the training config into the model: apart from the corpus paths (reset to null when the
    model is shipped) it must be training/objectivity/config.cfg."""
    from spacy.util import load_config

    committed = load_config(ROOT / "training" / "objectivity" / "config.cfg", interpolate=False)
    shipped = load_config(classifier.model_path() / "config.cfg", interpolate=False)
    assert all(value is None for value in shipped["paths"].values()), shipped["paths"]
    sections = committed.keys() | shipped.keys()
    assert [k for k in sections if k != "paths" and committed.get(k) != shipped.get(k)] == []


def test_a_causal_conjunction_wins_over_a_weaker_cue_before_it():
    sentence = "Hij liep door de gang naar buiten omdat hij zijn jas vergeten was."
    assert marked(sentence, "cause") == "omdat hij zijn jas vergeten was"


def test_the_classifier_on_the_shared_tokenizer_scores_as_with_its_own():
    """The hints give the model Docs of the shared pipeline instead of loading its own tokenizer."""
    from casusprep.hints.engine import _sentence_docs

    sentences = ["Hij miste zijn mama de hele voormiddag.", "Om 10u dronk ze 120 ml.", "Thuis mag hij alles, zegt hij."]
    own = classifier.score_with(classifier.load_classifier(classifier.model_path()), sentences)
    shared = classifier.classify(_sentence_docs(sentences))
    assert [v.kind for v in own] == [v.kind for v in shared]
    assert all(abs(a.score - b.score) < 1e-6 for a, b in zip(own, shared, strict=True))
