"""Entry point: `townshipdesk` alone opens the GUI; with a subcommand it runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:  # asked by installers and scripts: answered without loading argparse
        from townshipdesk import __version__

        print(f"TownshipDesk {__version__}")
        return 0
    gui_flags = {"--data-dir", "--lang"}
    if args and args[-1].lower().endswith(".tdbundle") and _only_gui_options(args[:-1], gui_flags):
        # A double-clicked .tdbundle (file association: `townshipdesk FILE`, perhaps after the window's own
        # options): open the window and import it on the 同步 page. Any command before it is the CLI's.
        from townshipdesk.ui.launch import run_gui

        return run_gui([*args[:-1], "--import-bundle", args[-1]])
    # Only global options (or none): the user wants the window.
    if not args or (_only_gui_options(args, gui_flags) and not {"-h", "--help", "--version"} & set(args)):
        from townshipdesk.ui.launch import run_gui

        return run_gui(args)
    from townshipdesk.cli.main import run

    return run(args)


def _is_option_value(args: list[str], index: int, flags: set[str]) -> bool:
    return index > 0 and args[index - 1] in flags


def _only_gui_options(args: list[str], flags: set[str]) -> bool:
    return all(a.startswith("--") or _is_option_value(args, i, flags) for i, a in enumerate(args))
