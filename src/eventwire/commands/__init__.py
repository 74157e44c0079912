"""Click commands, one module per area; ``eventwire.cli`` assembles them.

Each module exposes ``COMMANDS`` (top-level commands) and may expose
``EVALUATIONS`` (subcommands of ``eventwire evaluate``).
"""
