"""Jump from a field path (as the export gate names it) to the step and the widget that edit it."""

from __future__ import annotations

from typing import Any

# First part of a path -> index of the step that edits it.
STEP_OF: dict[str, int] = {
    "title": 0,
    "setting_detail": 0,
    "persons": 1,
    "signals": 2,
    "strengths": 3,
    "needs": 3,
    "parents": 4,
    "question": 5,
    "overview": 5,
    "actions_taken": 5,
    "actions": 5,
    "sharing": 7,
    "parent_meeting": 7,
}


def step_of(path: str) -> int | None:
    return STEP_OF.get(path.split(".")[0].split("[")[0])


async def jump_to_field(screen: Any, path: str) -> bool:
    """Show the step with ``path`` on ``screen`` (a CaseScreen) and focus its widget. False if unknown."""
    from textual.widgets import Collapsible

    from casusprep.app.widgets.fields import Bound
    from casusprep.app.widgets.steps import SignalsStep

    index = step_of(path)
    if index is None:
        return False
    await screen.go_to(index)
    step = screen.query_one("#step")
    head = path.split(".")[0]
    if isinstance(step, SignalsStep) and head.endswith("]"):
        wanted = int(head[:-1].split("[")[1])
        if wanted != step.current and 0 <= wanted < len(step.case.signals):
            step.current = wanted
            await step.recompose()
            step.on_mount()
    for widget in step.query("*"):
        if isinstance(widget, Bound) and widget.path == path:
            for ancestor in widget.ancestors:
                if isinstance(ancestor, Collapsible):
                    ancestor.collapsed = False
            widget.focus()  # type: ignore[attr-defined]
            screen.call_after_refresh(widget.scroll_visible)  # type: ignore[attr-defined]
            return True
    return True
