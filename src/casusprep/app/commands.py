"""Command palette provider: the main actions (new case, open, export, help, go to a step); the theme and quitting
are the app's system commands."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from casusprep.app import strings as S
from casusprep.app.flow import steps

if TYPE_CHECKING:
    from casusprep.app.app import CasusprepApp


class MainCommands(Provider):
    def _commands(self) -> list[tuple[str, object, str]]:
        app = cast("CasusprepApp", self.app)  # a Provider's app is App[object]; this one is ours
        cmds: list[tuple[str, object, str]] = []
        if getattr(app, "store", None) is not None:
            # Export and the steps only where they act, in the steps of a case: on the list they did nothing.
            in_steps = hasattr(self.screen, "go_to")
            cmds += [
                (S.CMD_NEW, app.new_case, S.CMD_NEW_HELP),
                (S.CMD_OPEN, app.show_home, S.CMD_OPEN_HELP),
                *([(S.CMD_EXPORT, app.go_export, S.CMD_EXPORT_HELP)] if in_steps else []),
                (S.CMD_EXAMPLE, app.open_example, S.CMD_EXAMPLE_HELP),
            ]
            take_over = getattr(self.screen, "action_take_over", None)
            if take_over is not None:  # the case list: where a case is handed over or taken over
                cmds += [
                    (S.CMD_HANDOVER, self.screen.action_handover, S.CMD_HANDOVER_HELP),  # type: ignore[attr-defined]  # the list has both
                    (S.CMD_TAKE_OVER, take_over, S.CMD_TAKE_OVER_HELP),
                    (S.KEY_SETTINGS, self.screen.action_settings, S.CMD_SETTINGS_HELP),  # type: ignore[attr-defined]  # the list has it
                ]
            if app.in_case():
                cmds.append((S.CMD_CHRONOLOGY, app.show_chronology, S.CMD_CHRONOLOGY_HELP))
            for spec in steps() if in_steps else ():
                cmds.append((S.CMD_STEP.format(step=spec.title), partial(app.go_step, spec.index), ""))
        # The theme is one of the app's system commands (App.get_system_commands): listed once, not here too.
        cmds.append((S.CMD_HELP, app.action_toggle_help, S.CMD_HELP_HELP))
        return cmds

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)  # type: ignore[arg-type]  # callbacks are typed object in our table

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = False
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                found = True
                yield Hit(score, matcher.highlight(name), callback, help=help_text)  # type: ignore[arg-type]  # callbacks are typed object in our table
        system = [c.title for c in self.app.get_system_commands(self.screen)]
        if not found and not any(matcher.match(title) > 0 for title in system):
            # Without any hit the palette shows Textual's English "No matches found"; this Dutch line
            # takes its place (choosing it only closes the palette).
            yield Hit(1, S.CMD_NO_MATCH, _nothing, help=S.CMD_NO_MATCH_HELP)


def _nothing() -> None:
    """The 'no command found' line does nothing when chosen."""
