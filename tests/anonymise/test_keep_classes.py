"""What must stay, by class, with invented examples: field labels of forms and messages, ordinary words and compounds
where a capital says nothing, prepositions and articles after a name, amounts that look like dates, and the
vocabulary's classes (medicines and brands, children's characters and games of other countries, feast days of
more cultures, languages named in English, family words before a name). And the other side of each rule: a name
in the same place still goes."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers import dates, places
from casusprep.anonymise.recognizers.base import tokens

from .test_keep import guesses_left
from .test_model_entities import hits as model_hits


class TestFieldLabels:
    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Uur: 9u45, in de refter.", "Uur"),  # a listed first name, but a label before its colon
            ("Link: https://voorbeeld.be/foto", "Link"),
            ("Bericht: mama komt later.", "Bericht"),
            ("Geboorteplaats: onbekend", "Geboorteplaats"),
        ],
    )
    def test_a_label_before_its_colon_is_no_person(self, text: str, label: str) -> None:
        assert guesses_left(text, label) == []

    def test_a_guess_loses_the_label_it_took_along(self) -> None:
        text = "Organisator: vzw De Kleine Reus, Tielt"
        guess = "Organisator: vzw De Kleine Reus"
        assert guesses_left(text, guess, "ORGANIZATION", "institution") == ["vzw De Kleine Reus"]

    def test_a_label_with_only_a_type_word_after_it_is_no_institution(self) -> None:
        assert guesses_left("Organisator: vzw", "Organisator: vzw", "ORGANIZATION", "institution") == []

    @pytest.mark.parametrize(("text", "name"), [("Sanne: ik bel morgen.", "Sanne"), ("Warre: slaapt goed.", "Warre")])
    def test_a_speaker_before_a_colon_is_still_a_person(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


class TestOrdinaryWordsWhereACapitalSaysNothing:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Slaapritueel Noor: knuffel mee.", "Slaapritueel"),  # a compound of two words opening a line
            ("13:10 – Speelmoment: buiten in de zandbak.", "Speelmoment"),
            ("Verslag.\nDraaiboek voor de uitstap ligt klaar.", "Draaiboek"),
        ],
    )
    def test_an_ordinary_word_opening_a_line_or_a_label_is_no_person(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    def test_a_compound_typed_in_lower_case_is_no_person_anywhere(self) -> None:
        assert guesses_left("Links: een rode vlek op de handpalm en de pols.", "handpalm") == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Vandaag speelde Winter met de blokken.", "Winter"),  # mid-sentence a word may be a name
            ("Ze gaat naar het Bloemenhuisje in de wijk.", "Bloemenhuisje"),  # or an institution's
            ("Rahimjan kwam vanmorgen binnen.", "Rahimjan"),  # parts that are names make no compound
        ],
    )
    def test_a_name_that_is_a_word_or_looks_like_a_compound_stays_a_guess(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


class TestWordsAfterAName:
    def test_a_preposition_before_a_place_is_not_part_of_the_name(self) -> None:
        out = anonymise_text("Ze was bij dokter Wouters in Mechelen voor haar oor.", [], use_model=False).text
        assert "Wouters" not in out and " in " in out, out

    def test_an_article_before_an_ordinary_compound_is_not_part_of_the_name(self) -> None:
        out = anonymise_text("Ze heeft met Mona en Lies de Speelmat opgeruimd.", [], use_model=False).text
        assert "Lies" not in out and "de Speelmat" in out, out

    def test_a_particle_of_a_surname_still_joins(self) -> None:
        out = anonymise_text("Ze heeft met Mona en Lies de Smet gespeeld.", [], use_model=False).text
        assert "Lies" not in out and "Smet" not in out, out


class TestAmountsAreNoDates:
    @pytest.mark.parametrize(
        "text",
        [
            "Groepen: de Uilen (3-5 j) en de Vossen (6-9 j).",
            "Ze slaapt pas na 5-8 minuten in.",
            "Dat gebeurt 2-3 keer per week.",
            "Welbevinden 3/5, betrokkenheid 4/5.",
            "Score betrokkenheid: 3/5.",
            "\n18.10 u.: papa belt.",
        ],
    )
    def test_an_age_group_a_duration_a_score_or_a_time_is_no_date(self, text: str) -> None:
        assert [text[d.start : d.end] for d in dates.find(text)] == []

    @pytest.mark.parametrize(("text", "date"), [("Op 3-5 kwam ze.", "3-5"), ("Ze belde op 2/5 om 9u.", "2/5")])
    def test_a_date_without_a_unit_after_it_is_still_a_date(self, text: str, date: str) -> None:
        assert [text[d.start : d.end] for d in dates.find(text)] == [date]


class TestVocabularyClasses:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Ze kreeg Perdolan tegen de koorts.", "Perdolan"),  # medicines and creams
            ("Smeer wat Bepanthen op de billen.", "Bepanthen"),
            ("Hij draagt Skechers met lichtjes.", "Skechers"),  # brands
            ("Ze kijkt thuis naar Doraemon.", "Doraemon"),  # children's characters of other countries
            ("Hij zingt het liedje van Cheburashka.", "Cheburashka"),
            ("Thuis vieren ze Tihar met lichtjes.", "Tihar"),  # feast days of more cultures
            ("Het gezin viert Chuseok bij de grootouders.", "Chuseok"),
            ("In de kring speelden we Simon zegt.", "Simon zegt"),  # games
            ("Papa moet naar het Arbeidsauditoraat.", "Arbeidsauditoraat"),  # justice
        ],
    )
    def test_a_kept_phrase_of_the_class_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    @pytest.mark.parametrize(
        ("text", "entity"),
        [("Grandma understands Hungarian only.", "Hungarian"), ("Papa is Bolivian, mama Peruvian.", "Peruvian")],
    )
    def test_a_language_or_nationality_in_english_is_no_person(self, text: str, entity: str) -> None:
        assert model_hits(text, entity) == []

    @pytest.mark.parametrize(
        ("text", "entity"),
        [("Vandaag bracht Laoye Chen haar.", "Laoye Chen"), ("Ook Ammu Rashida was er.", "Ammu Rashida")],
    )
    def test_a_family_word_of_another_language_before_a_name_stays(self, text: str, entity: str) -> None:
        assert model_hits(text, entity) == [entity.split()[1]]

    @pytest.mark.parametrize("word", ["noar", "goan"])
    def test_a_dialect_word_typed_in_lower_case_is_no_person(self, word: str) -> None:
        text = f"ja ge moet da nie zeggen, {word} ik morgen of zo. salut"
        assert word in anonymise_text(text, [], use_model=False).text.split()


class TestWordsWithAStreetsEnding:
    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Personeelsvergadering BKO De Kleine Reus, Tielt", "Personeelsvergadering"),
            ("Ze heeft geen Verzekering bij ons.", "Verzekering"),
            ("Werkplaats: de keuken van de opvang.", "Werkplaats"),  # a label before its colon
        ],
    )
    def test_an_ordinary_word_that_ends_like_a_street_is_no_street(self, text: str, word: str) -> None:
        found = [text[d.start : d.end] for d in places.find(tokens(text), text)]
        assert word not in found, found

    def test_an_ordinary_word_before_a_day_and_a_month_is_no_address(self) -> None:
        text = "Volgende bijeenkomst: Slotvergadering 14 juni."
        assert [d for d in places.find(tokens(text), text) if d.entity_type == "ADDRESS"] == []

    @pytest.mark.parametrize("text", ["Ze woont in de Molenstraat 12.", "Adres: Kapelleveld 3, Lier"])
    def test_a_street_with_its_number_is_still_an_address(self, text: str) -> None:
        assert [d.entity_type for d in places.find(tokens(text), text)][:1] == ["ADDRESS"]


class TestMoreKeptThings:
    def test_a_helpline_number_is_no_file_number(self) -> None:
        out = anonymise_text("Ze noteerde het nummer 1712 en het nummer 112.", [], use_model=False).text
        assert "1712" in out and "112" in out, out

    def test_a_kept_phrase_with_a_hyphenated_word_after_it_stays(self) -> None:
        text = "Ze zong het Sinterklaas-liedje met de groep."
        assert guesses_left(text, "Sinterklaas-liedje", "ORGANIZATION", "institution") == []

    def test_a_name_or_place_after_a_short_kept_word_is_still_found(self) -> None:
        assert guesses_left("Ze woont in Sint-Amands.", "Sint-Amands", "LOCATION", "municipality") == ["Sint-Amands"]

    def test_a_heading_in_capitals_of_short_compounds_stays(self) -> None:
        assert guesses_left("SLAAPLIJST EN EETLIJST\nma 3/3", "SLAAPLIJST EN EETLIJST") == []

    def test_a_model_place_of_ordinary_words_opening_a_cell_is_no_place(self) -> None:
        text = "| 04/03 | Lichte koorts, huilt veel."
        assert guesses_left(text, "Lichte koorts", "LOCATION") == []

    def test_a_name_learnt_elsewhere_inside_a_kept_phrase_stays(self) -> None:
        text = "Ze speelt met Simon en Lotte. Daarna speelden ze Simon zegt in de kring."
        out = anonymise_text(text, [], use_model=True).text
        assert "Simon zegt" in out and "met Simon" not in out, out

    def test_a_kept_name_opening_a_place_guess_stays_and_the_place_goes(self) -> None:
        text = "Uitstap naar Bellewaerde Ieper met de groep."
        assert guesses_left(text, "Bellewaerde Ieper", "LOCATION") == ["Ieper"]

    def test_a_heading_of_a_less_common_word_and_an_ordinary_one_is_no_place(self) -> None:
        text = "MELDING – Grensoverschrijdende aanraking\nVoorziening: BKO"
        assert guesses_left(text, "Grensoverschrijdende aanraking", "LOCATION") == []

    @pytest.mark.parametrize(
        ("text", "guess", "left"),
        [
            ("[09:12] Sanne BKO: ik kom later.", "Sanne BKO", "Sanne"),
            ("Afspraak bij dr. Maes NKO.", "Maes NKO", "Maes"),
        ],
    )
    def test_an_acronym_at_the_edge_of_a_person_guess_stays(self, text: str, guess: str, left: str) -> None:
        assert guesses_left(text, guess) == [left]

    def test_a_firm_keeps_its_legal_form_in_the_guess(self) -> None:
        assert guesses_left("Papa werkt bij Haddad Bouw BV in Gent.", "Haddad Bouw BV") == ["Haddad Bouw BV"]

    def test_a_kept_word_that_names_a_person_elsewhere_in_the_note_is_that_person(self) -> None:
        out = anonymise_text("Gisteren belde Kenny Vervoort. Morgen komt Kenny langs.", [], use_model=True).text
        assert "Kenny" not in out, out


class TestPhrasesAndTerms:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Volgens Care with love doen we dat zo.", "Care with love"),
            ("Het project Samen sterk voor kinderen start.", "Samen sterk voor kinderen"),
        ],
    )
    def test_a_phrase_of_common_words_with_a_lower_case_word_is_no_person(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    def test_a_name_with_its_particles_is_still_a_person(self) -> None:
        assert guesses_left("Gisteren belde Jan van der Berg.", "Jan van der Berg") == ["Jan van der Berg"]

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Volgens de Kortrijk-methode is dat goed.", "Kortrijk-methode"),
            ("Dat is de Mechelen-aanpak.", "Mechelen-aanpak"),
        ],
    )
    def test_a_place_joined_to_a_word_in_lower_case_is_a_term(self, text: str, word: str) -> None:
        assert word not in [text[d.start : d.end] for d in places.find(tokens(text), text)]

    def test_a_place_with_its_part_is_still_a_place(self) -> None:
        text = "Ze woont in Mechelen-Noord sinds mei."
        assert "Mechelen-Noord" in [text[d.start : d.end] for d in places.find(tokens(text), text)]


class TestGreetingsOpeningAGuess:
    @pytest.mark.parametrize(
        ("text", "guess", "left"),
        [
            ("Fijne avond nog. Merci, Lotte", "Merci, Lotte", ["Lotte"]),  # any greeting of the vocabulary
            ("Tot morgen.\nDankjewel Wannes", "Dankjewel Wannes", ["Wannes"]),
            ("See you on Monday.\nBest, Kiran", "Best, Kiran", ["Kiran"]),  # the English sign-off before its comma
            ("Fijne avond nog. Merci", "Merci", []),  # the greeting is all there is
        ],
    )
    def test_a_person_guess_loses_the_greeting_it_opens_with(self, text: str, guess: str, left: list[str]) -> None:
        assert guesses_left(text, guess, "PERSON", "context_persons") == left

    def test_a_sign_off_alone_before_its_comma_is_no_person(self) -> None:
        assert guesses_left("See you on Monday.\nBest, Kiran", "Best") == []

    def test_a_sign_off_the_model_took_for_a_place_is_none(self) -> None:
        assert guesses_left("I will check.\nRegards, Omar", "Regards", "LOCATION") == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Ze deed haar best. Best Kiran was er ook.", "Best Kiran"),  # no comma: 'Best' may be part of it
            ("Mercier Lotte kwam langs.", "Mercier Lotte"),  # a name that begins like a greeting
        ],
    )
    def test_a_name_that_only_looks_like_a_greeting_stays_whole(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]


class TestSetPhrasesWithACapitalVerb:
    @pytest.mark.parametrize(
        ("text", "guess", "left"),
        [
            ("Het was rustig. Let op: de poort staat open.", "Let", []),
            ("Mama belt later. Let op, Wout heeft koorts.", "Let op, Wout", ["Wout"]),
            ("Zie bijlage voor het rooster.", "Zie", []),
        ],
    )
    def test_a_set_phrase_is_no_name(self, text: str, guess: str, left: list[str]) -> None:
        assert guesses_left(text, guess) == left

    def test_a_name_after_the_phrase_still_goes(self) -> None:
        out = anonymise_text("Let op: Wout Verhulst mag niet met de buurman mee.", [], use_model=False).text
        assert "Let op" in out and "Wout" not in out and "Verhulst" not in out, out


class TestBilingualFormLabelsInCapitals:
    @pytest.mark.parametrize(
        "label",
        [
            "PERSONNE DE CONTACT / CONTACTPERSOON",  # French words of a bilingual form
            "MÉDECIN TRAITANT / HUISARTS",
            "ALLERGIEËN",  # a Dutch word with its accents
        ],
    )
    def test_a_label_of_common_words_in_capitals_is_no_person(self, label: str) -> None:
        assert guesses_left(f"{label}: zie hieronder", label) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("NAAM: CLAIRE DUPONT", "CLAIRE DUPONT"),
            ("NAAM: NOWAK", "NOWAK"),
            ("Father: JOHN SMITH", "JOHN SMITH"),  # English surnames wordfreq knows well
            ("Moeder: LEBLANC", "LEBLANC"),
        ],
    )
    def test_a_name_in_capitals_still_goes(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


class TestEnglishWordsInEnglishSentences:
    @pytest.mark.parametrize(
        ("text", "guess", "recognizer"),
        [
            ("Is it ok? Grandma can bring her at nine.", "can", "known_names"),  # a name elsewhere in the note
            ("Of course, she can come with her aunt.", "come", "context_persons"),
            ("Hi, you will see him on Monday.", "will", "known_names"),
        ],
    )
    def test_a_lower_case_english_word_among_english_words_is_no_person(
        self, text: str, guess: str, recognizer: str
    ) -> None:
        assert guesses_left(text, guess, "PERSON", recognizer) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("vandaag was will er niet, mama belde", "will"),  # a lower-case name in a Dutch sentence
            ("hij speelde met can in de zandbak", "can"),
            ("Today Will can not come.", "Will"),  # with its capital it is a name
        ],
    )
    def test_a_name_that_is_an_english_word_stays_a_guess(self, text: str, name: str) -> None:
        assert guesses_left(text, name, "PERSON", "known_names") == [name]


class TestWordsBeforeAPersonAsLabels:
    @pytest.mark.parametrize(
        ("text", "guess", "left"),
        [
            ("Ingevuld door: Els Maes\nNagelezen: Kaat Peeters", "Nagelezen", []),
            ("Ingevuld door: Els Maes\nNagelezen: Kaat Peeters", "Nagelezen: Kaat Peeters", ["Kaat Peeters"]),
            ("Aanwezig: de ouders\nNotulist: Wout Maes", "Notulist: Wout Maes", ["Wout Maes"]),
        ],
    )
    def test_a_word_after_which_a_person_stands_is_a_label_before_its_colon(
        self, text: str, guess: str, left: list[str]
    ) -> None:
        assert guesses_left(text, guess, "PERSON", "context_persons") == left

    def test_the_person_after_the_label_still_goes(self) -> None:
        out = anonymise_text("Verslag van het overleg.\nNagelezen: Kaat Peeters", [], use_model=False).text
        assert "Nagelezen" in out and "Kaat" not in out and "Peeters" not in out, out

    def test_a_name_loses_the_next_cells_label_glued_to_it(self) -> None:
        text = "Ingevuld door: Els Maes   Nagelezen: Kaat Peeters"
        assert guesses_left(text, "Els Maes   Nagelezen", "PERSON", "context_persons") == ["Els Maes"]


class TestEnglishPhrasesInDutchSentences:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("We geven enkel door wat nodig is (Share with care). Verder niets.", "Share"),
            ("Volgens Stay and play mag dat.", "Stay"),
        ],
    )
    def test_the_first_word_of_an_english_phrase_is_no_person(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Gisteren zei Will that he was tired.", "Will"),  # in an English clause a capital may be a name
            ("Papa Wout with his car.", "Wout"),  # a listed name
            ("Gisteren kwam Share binnen.", "Share"),  # no English phrase after it
        ],
    )
    def test_a_name_before_english_words_stays_a_guess(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


class TestAppShorthands:
    def test_the_shorthand_of_an_app_is_no_person(self) -> None:
        assert guesses_left("Ze stuurde het via haar Insta: een foto van de tuin.", "Insta") == []

    def test_the_handle_after_it_still_goes(self) -> None:
        out = anonymise_text("Schrijf me op Insta, @lotte.vervaet.gent", [], use_model=False).text
        assert "Insta" in out and "lotte" not in out, out


def test_initials_that_spell_a_short_greeting_stay_initials() -> None:
    assert guesses_left("Op maandag belde GR de mama.", "GR", "PERSON", "initials") == ["GR"]
