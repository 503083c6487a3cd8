"""The procedures are shown in the steps where they matter: meldplicht draft, information sharing, nazorg."""

from __future__ import annotations

from tests.app.helpers import go_step, open_example
from textual.widgets import Static, TextArea

from casusprep.app.app import CasusprepApp
from casusprep.app.screens.case import CaseScreen
from casusprep.procedures import Requester, nazorg, requester_labels


async def test_gog_case_offers_the_draft_report_sharing_rules_and_nazorg() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_example(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        # Situatie: GOG, so the meldplicht notice and the draft of the report are there.
        assert screen.query_one("#meldplicht-draft-box").display
        draft = screen.query_one("#meldplicht-draft", TextArea).text  # read-only, selectable
        assert "Opgroeien" in draft
        assert screen.case.persons[0].name not in draft  # the draft names roles, not people
        # Ouders: what may be shared, answered for this case (discretieplicht, parents informed) first.
        await go_step(pilot, 4)
        rules = str(screen.query_one("#sharing-rules-text", Static).render())
        labels = requester_labels()
        assert rules.index(labels[Requester.OWN_INITIATIVE]) < rules.index(labels[Requester.POLICE])
        assert "Discretieplicht" in rules and "Beroepsgeheim" not in rules
        # Documenten: the nazorg points and the evaluation questions.
        await go_step(pilot, 7)
        text = str(screen.query_one("#nazorg-text", Static).render())
        assert all(section.titel in text for section in nazorg())
        assert "Evaluatie achteraf" in text
        await pilot.press("ctrl+q")
