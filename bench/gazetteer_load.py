"""Print the gazetteer's build time (cold cache), load time (warm cache) and resident memory.

Usage: python bench/gazetteer_load.py   (builds into a fresh temporary cache directory)
Targets (issue #6): load <= 2 s, <= 300 MB resident for the gazetteer.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

CHILD = """
import resource, time
t = time.perf_counter()
from eventwire.knowledge.gazetteer import load_gazetteer
imported = time.perf_counter() - t
t = time.perf_counter()
g = load_gazetteer()
g.lookup_key("vladivostok")  # the first lookup splits the name index
elapsed = time.perf_counter() - t
t = time.perf_counter()
for _ in range(100000):
    g.lookup_key("vladivostok")
lookup_us = (time.perf_counter() - t) * 10
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.2f} {rss:.0f} {len(g)} {len(g.keys)} {lookup_us:.2f} {imported:.2f}")
"""


def run(cache: str) -> list[str]:
    env = dict(os.environ, EVENTWIRE_CACHE=cache, XDG_CACHE_HOME=cache, TMPDIR=cache)
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                         text=True, check=True)
    return out.stdout.split()


def main() -> None:
    baseline = subprocess.run(
        [sys.executable, "-c", "import resource, eventwire.knowledge.gazetteer_build; "
         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as cache:
        build_s, _, entries, names, _, _ = run(cache)
        load_s, rss, _, _, lookup_us, import_s = run(cache)
    print(f"entries {entries}, indexed names {names}")
    print(f"first use (build + cache write): {build_s} s")
    print(f"load from cache:                 {load_s} s   (target <= 2 s; first lookup included)")
    print(f"importing eventwire (spaCy ...): {import_s} s   (not the gazetteer's)")
    print(f"resident after load:             {rss} MB, interpreter + imports alone "
          f"{float(baseline):.0f} MB -> gazetteer ~{float(rss) - float(baseline):.0f} MB "
          "(target <= 300 MB)")
    print(f"lookup:                          {lookup_us} us per name")


if __name__ == "__main__":
    main()
