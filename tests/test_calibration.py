"""Isotonic calibration of event confidence."""

from __future__ import annotations

from eventwire.knowledge.calibration import calibrate, fit_isotonic, shrink


def test_isotonic_fit_is_monotone_and_pools_violators() -> None:
    points = [(0.5, False), (0.5, True), (0.6, True), (0.7, False), (0.8, True), (0.9, True)]
    steps = fit_isotonic(points)
    values = [p for _, p, _ in steps]
    assert values == sorted(values)
    # 0.6 (right) and 0.7 (wrong) violate monotonicity and are pooled; the pool (1/2)
    # equals the block below it, so all four points form one step.
    assert steps == [(0.5, 0.5, 4), (0.8, 1.0, 2)]
    assert sum(n for _, _, n in steps) == len(points)


def test_shrinking_pulls_small_steps_to_the_prior() -> None:
    steps = shrink([(0.5, 0.0, 1), (0.8, 1.0, 100)], prior=0.5, weight=4)
    assert steps[0][1] == 0.4  # (0*1 + 0.5*4) / 5
    assert 0.97 < steps[1][1] < 1.0


def test_shipped_table_maps_into_unit_interval_monotonically() -> None:
    raws = [i / 20 for i in range(21)]
    cal = [calibrate(r) for r in raws]
    assert all(0.0 <= c <= 1.0 for c in cal)
    assert cal == sorted(cal)
