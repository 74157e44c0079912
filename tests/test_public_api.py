"""The public API is what ``eventwire.__all__`` names: pinned so it changes only on purpose."""

from __future__ import annotations

import eventwire
from eventwire.cli import main


def test_all_is_pinned() -> None:
    assert sorted(eventwire.__all__) == [
        "Actor", "Article", "Event", "EventwireError", "InputError", "SaidBy", "Trigger",
        "When", "Where", "__version__", "extract", "extract_articles", "make_article",
        "read_articles",
    ]
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def test_contract_commands_exist() -> None:
    for name in ("extract", "ingest", "events", "export", "timex", "places", "evaluate"):
        assert name in main.commands, name
    evaluations = main.commands["evaluate"].commands  # type: ignore[attr-defined]
    for name in ("annotated", "plover-gsr", "timebank", "geovirus", "tr-news"):
        assert name in evaluations, name


def test_every_option_is_documented() -> None:
    def walk(cmd, path):
        for p in cmd.params:
            if p.param_type_name == "option":
                assert p.help, f"{path} {p.opts} has no help text"
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(main, "eventwire")
