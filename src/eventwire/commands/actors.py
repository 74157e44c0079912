"""CLI commands for the actors area (to be filled)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
EVALUATIONS: list[click.Command] = []
