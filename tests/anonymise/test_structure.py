"""The engine's structure: one vocabulary with a schema, word lists that fail loudly, Presidio's own
pattern checks and context step, and kept detections flagged in one pass. Invented examples only."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from pydantic import ValidationError

from casusprep.anonymise import anonymise_case, anonymise_text
from casusprep.anonymise.api import detect_text, make_context
from casusprep.anonymise.lexicon import DEDUCE_MINIMUM, WordListError, _deduce_items, _deduce_root
from casusprep.anonymise.presidio_bridge import analyse, get_analyzer
from casusprep.anonymise.recognizers import iban, national_number, phones
from casusprep.anonymise.vocabulary import PATH, Vocabulary
from casusprep.case import Case, Person, Role, Signal
from casusprep.review import review_case


def _raw() -> dict:
    with PATH.open("rb") as fh:
        return tomllib.load(fh)


class TestVocabulary:
    def test_the_shipped_file_passes_its_schema(self) -> None:
        Vocabulary.model_validate(_raw())

    def test_an_unknown_section_fails(self) -> None:
        raw = _raw() | {"never_personel": ["typo"]}
        with pytest.raises(ValidationError, match="never_personel"):
            Vocabulary.model_validate(raw)

    def test_an_empty_list_fails(self) -> None:
        with pytest.raises(ValidationError, match="role_words"):
            Vocabulary.model_validate(_raw() | {"role_words": []})

    def test_a_role_title_for_a_word_no_pseudonym_uses_fails(self) -> None:
        raw = _raw()
        raw["role_titles"] = raw["role_titles"] | {"tante": ["tante"]}
        with pytest.raises(ValidationError, match="tante"):
            Vocabulary.model_validate(raw)


class TestBelgianDeduceLists:
    @pytest.mark.parametrize("parts", sorted(DEDUCE_MINIMUM))
    def test_installed_lists_are_at_least_their_minimum(self, parts: tuple[str, str]) -> None:
        assert len(_deduce_items(*parts)) >= DEDUCE_MINIMUM[parts]

    def test_a_shrunken_list_stops_the_engine(self, tmp_path: Path) -> None:
        source = _deduce_root() / "names" / "lst_first_name"
        target = tmp_path / "names" / "lst_first_name"
        shutil.copytree(source, target)
        for items in target.rglob("items.txt"):
            lines = items.read_text(encoding="utf-8").splitlines()
            items.write_text("\n".join(lines[: len(lines) // 3]), encoding="utf-8")
        with pytest.raises(WordListError, match="lst_first_name"):
            _deduce_items("names", "lst_first_name", root=tmp_path)

    def test_a_missing_list_stops_the_engine(self, tmp_path: Path) -> None:
        with pytest.raises(WordListError, match="lst_surname has 0 words"):
            _deduce_items("names", "lst_surname", root=tmp_path)


class TestPatternChecks:
    def test_iban_checksum_from_stdnum(self) -> None:
        valid_foreign = "DE89 3704 0044 0532 0130 00"
        wrong_foreign = "DE89 3704 0044 0532 0130 01"
        wrong_belgian = "BE71 0961 2345 6760"
        assert [d.score for d in iban.find(f"Rekening {valid_foreign} staat open.")] == [1.0]
        assert iban.find(f"Rekening {wrong_foreign} staat open.") == []
        assert [d.score for d in iban.find(f"Rekening {wrong_belgian} staat open.")] == [0.6]

    def test_national_number_checksum_or_official_layout(self) -> None:
        assert len(national_number.find("Nummer 85073003328 genoteerd.")) == 1
        assert len(national_number.find("Nummer 85.07.30-033.21 genoteerd.")) == 1  # layout, wrong checksum
        assert national_number.find("Nummer 85073003321 genoteerd.") == []

    def test_phonenumbers_confirms_a_valid_number(self) -> None:
        valid = phones.find("Bel mama op 0472 18 44 90 vanavond.")
        assert [(d.text or "0472 18 44 90", d.score) for d in valid] == [("0472 18 44 90", 1.0)]
        odd = phones.find("Bel op 0012 3456 7890 vanavond.")
        assert [d.score for d in odd] == [0.85]

    def test_context_words_raise_the_score_through_presidio(self) -> None:
        assert isinstance(get_analyzer(False).context_aware_enhancer, LemmaContextAwareEnhancer)
        bare = [
            d for d in analyse("Het is 0012 3456 7890 geworden.", None, use_model=False) if d.entity_type == "PHONE"
        ]
        told = [
            d for d in analyse("Haar gsm 0012 3456 7890 staat af.", None, use_model=False) if d.entity_type == "PHONE"
        ]
        assert bare[0].score == 0.85 and told[0].score > bare[0].score


def _case() -> Case:
    case = Case(title="t")
    case.persons = [Person(name="Wendelien Achterberg", role=Role.CHILD)]
    case.signals = [Signal(observation="Wendelien speelde met Gijsbrecht Olieslagers en juf Ermentrude.")]
    return case


class TestKeptDetections:
    def test_kept_detections_are_flagged_in_the_same_pass(self) -> None:
        case = _case()
        case.anonymisation.rejected = ["Ermentrude"]
        text = case.signals[0].observation
        ctx = make_context(case.persons, review=case.anonymisation, use_model=False)
        found = detect_text(text, ctx)
        kept = [d.text for d in found if d.kept]
        assert kept == ["Ermentrude"]
        assert "Gijsbrecht Olieslagers" in [d.text for d in found if not d.kept]

    def test_review_and_anonymise_case_agree_on_what_is_kept(self) -> None:
        case = _case()
        case.anonymisation.rejected = ["Ermentrude"]
        review = review_case(case)
        assert review is not None
        (field,) = review.fields
        assert "Ermentrude" in field.anonymised and "Gijsbrecht" not in field.anonymised
        assert field.anonymised == anonymise_case(case).case.signals[0].observation
        assert [m.text for m in review.mentions if m.kept] == ["Ermentrude"]
        assert review.kept_count() == 1

    def test_anonymise_text_reports_kept_apart(self) -> None:
        ctx = make_context([], review=_case().anonymisation.model_copy(update={"rejected": ["Ermentrude"]}))
        done = anonymise_text("Juf Ermentrude belde.", context=ctx)
        assert "Ermentrude" in done.text
        assert [d.text for d in done.kept] == ["Ermentrude"] and all(not d.kept for d in done.detections)


def test_every_phrase_to_keep_is_found_as_written_and_in_lower_case() -> None:
    from casusprep.anonymise.keep import keep_spans
    from casusprep.anonymise.recognizers.base import tokens
    from casusprep.anonymise.vocabulary import vocabulary

    for phrase in vocabulary().keep:
        for written in (phrase, phrase.lower()):
            text = f"Vandaag {written} gezien."
            assert (8, 8 + len(written)) in keep_spans(text, tokens(text)), written


class TestBuiltOnce:
    """What the engine keeps between texts must not change what a text gives."""

    def test_one_analyzer_per_mode_with_the_model_only_when_asked(self) -> None:
        from casusprep.nlp import has_model

        with_model, without = get_analyzer(True), get_analyzer(False)
        assert get_analyzer(True) is with_model and get_analyzer(False) is without
        names = {r.name for r in without.registry.recognizers}
        assert "spacy_model" not in names
        assert ("spacy_model" in {r.name for r in with_model.registry.recognizers}) == has_model()

    def test_a_text_after_one_with_persons_is_read_without_them(self) -> None:
        persons = [Person(name="Quirijn Olbrechts", role=Role.CHILD)]
        text = "Quirijn Olbrechts speelde in de zandbak. Daarna belde juf Gerda Zwijsen."
        alone = anonymise_text(text, [])
        with_persons = anonymise_text(text, persons)
        assert anonymise_text(text, []).text == alone.text
        assert [d.recognizer for d in with_persons.detections][:1] == ["registered_persons"]
        assert all(d.recognizer != "registered_persons" for d in alone.detections)
        assert "Quirijn" not in alone.text and "Gerda" not in alone.text

    def test_context_read_from_a_stretch_is_presidios_context_on_the_whole_text(self) -> None:
        from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

        from casusprep.anonymise.engine import model_docs
        from casusprep.anonymise.presidio_bridge import artifacts_for
        from casusprep.anonymise.vocabulary import vocabulary

        analyzer = get_analyzer(True)
        plain = LemmaContextAwareEnhancer(
            context_prefix_count=vocabulary().context_window, context_matching_mode="whole_word"
        )
        lines = [
            "Haar gsm 0012 3456 7890 staat af.",
            "Het is 0012 3456 7890 geworden, de, de, het: een ... -- ; de 0013 3456 7890.",
            "Tel: 0014 3456 7890 (mama), of bel de de de het het een een 0015 3456 7890.",
            "Gezien door KW en besproken met JT; haar instagram is lotte2014 en haar tiktok lotje_x.",
            "Auto met nummerplaat 1-ABC-123 en rekening BE71 0961 2345 6769 om te storten.",
        ]
        text = " ".join(lines * 40) + " 0016 3456 7890"  # long, with a number at the very end
        for sample in [*lines, text]:
            artifacts = artifacts_for(model_docs([sample])[0])
            recognizers = analyzer.registry.recognizers
            raw = [r for rec in recognizers for r in rec.analyze(sample, [], artifacts)]
            for result in raw:
                result.recognition_metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, "")
            ours = analyzer.context_aware_enhancer.enhance_using_context(sample, raw, artifacts, recognizers)
            ids = {r.id for r in recognizers if r.context}
            theirs = plain.enhance_using_context(
                sample, [r for r in raw if r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] in ids],
                artifacts, recognizers,
            )  # fmt: skip
            key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
            got = sorted((r.start, r.end, r.entity_type, r.score) for r in ours if r.recognition_metadata[key] in ids)
            assert got == sorted((r.start, r.end, r.entity_type, r.score) for r in theirs)
        # The long text has numbers after a context word and numbers with none within reach.
        phones = {r.score for r in theirs if r.entity_type == "phone/PHONE"}
        assert 0.85 in phones and max(phones) > 0.85

    def test_things_to_keep_cover_a_guess_as_when_every_span_is_looked_at(self) -> None:
        import random

        from casusprep.anonymise.detection import Detection
        from casusprep.anonymise.keep import _covered, _Spans

        def every_span(d: Detection, text: str, keep: list[tuple[int, int]]) -> bool:
            pos = d.start
            for a, b in sorted(keep):
                if a <= pos < b or a == pos:
                    pos = max(pos, b)
                    while pos < d.end and text[pos] in " -":
                        pos += 1
                if pos >= d.end:
                    return True
            return False

        rng = random.Random(7)
        text = "".join(rng.choice("ab -") for _ in range(450))
        for _ in range(200):
            keep = [(a, a + rng.randint(1, 12)) for a in (rng.randrange(390) for _ in range(rng.randint(0, 30)))]
            spans = _Spans(keep)
            for _ in range(20):
                start = rng.randrange(395)
                d = Detection(start, start + rng.randint(1, 20), "PERSON", 0.5, "spacy_model")
                assert _covered(d, text, spans) == every_span(d, text, keep)
