"""``eventwire timex``: JSON mentions with offsets into the article as given."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main

SEED = Path(__file__).parent / "fixtures" / "japantimes-2019-04-18-kim-russia-visit.txt"


def test_timex_json_offsets_index_the_original_text() -> None:
    result = CliRunner().invoke(main, ["timex", str(SEED), "--published", "2019-04-18"])
    assert result.exit_code == 0, result.output
    mentions = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert len(mentions) >= 20
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["type"] in ("DATE", "TIME", "DURATION", "SET")
    assert {"text": "Wednesday next week", "value": "2019-04-24"}.items() <= mentions[1].items()


def test_timex_timeml_output_retags_the_document(tmp_path: Path) -> None:
    src = tmp_path / "doc.tml"
    src.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>'
        "<TEXT>Bombs exploded Friday &amp; on Aug. 6.</TEXT></TimeML>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["timex", "--format", "timeml", str(src)])
    assert result.exit_code == 0, result.output
    assert 'value="1998-08-07">Friday</TIMEX3>' in result.stdout
    assert 'value="1998-08-06">Aug. 6</TIMEX3>' in result.stdout
    assert "&amp;" in result.stdout
