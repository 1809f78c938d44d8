"""Entry point: `townshipdesk` alone opens the GUI; with a subcommand it runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundles = [a for a in args if a.lower().endswith(".tdbundle") and not a.startswith("-")]
    if len(bundles) == 1 and args[-1] == bundles[0] and (len(args) == 1 or args[-2] != "import"):
        # A double-clicked .tdbundle (file association): open the window and import it on the 同步 page.
        from townshipdesk.ui.launch import run_gui

        return run_gui([*args[:-1], "--import-bundle", bundles[0]])
    gui_flags = {"--data-dir", "--lang"}
    # Only global options (or none): the user wants the window.
    if not args or (all(a.startswith("--") or _is_option_value(args, i, gui_flags) for i, a in enumerate(args))
                    and not {"-h", "--help", "--version"} & set(args)):
        from townshipdesk.ui.launch import run_gui

        return run_gui(args)
    from townshipdesk.cli.main import run

    return run(args)


def _is_option_value(args: list[str], index: int, flags: set[str]) -> bool:
    return index > 0 and args[index - 1] in flags
