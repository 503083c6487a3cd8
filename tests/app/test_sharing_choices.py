"""Need-to-know in the app: per signal the coach marks hearsay and chooses what goes to the school and to
the parents; in the situation step she says who consults the VK. The choices reach the documents."""

from __future__ import annotations

from tests.app.helpers import PASSPHRASE, bound, choose, go_step, open_example

from casusprep.app.app import CasusprepApp
from casusprep.case import Asker
from casusprep.store import Store


async def test_sharing_choices_per_signal_are_kept_with_the_case() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_example(pilot)
        case = app.screen.case
        manager = case.persons[-1]
        await choose(pilot, "asker", Asker.MANAGER)
        await go_step(pilot, 2)
        assert bound(app, "signals[0].share_school").value is True  # the defaults: observations only
        assert bound(app, "signals[0].share_school_interpretation").value is False
        assert bound(app, "signals[0].share_parents").value is True
        await choose(pilot, "signals[0].told_by", manager.id)
        await choose(pilot, "signals[0].share_school_interpretation", True)
        await choose(pilot, "signals[0].share_parents", False)
        signal = app.screen.case.signals[0]
        assert signal.told_by == manager.id and signal.hearsay()
        assert signal.share_school_interpretation and not signal.for_parents()
        assert app.screen.case.asker is Asker.MANAGER
        app.screen.save_now()
        case_id = app.screen.case.id
        await pilot.press("ctrl+q")
    with Store.open(PASSPHRASE) as store:
        saved = store.load(case_id)
    assert saved.signals[0].told_by == manager.id and saved.signals[0].share_parents is False
    assert saved.asker is Asker.MANAGER
