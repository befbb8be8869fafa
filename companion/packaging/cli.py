"""``python -m companion.packaging``: build the bundle, or write a platform's recipe."""

from __future__ import annotations

import argparse
import sys

from .build import ROOT, build
from .recipes import MACOS_STEPS, write_inno_setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m companion.packaging", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build", help="build dist/meeting-companion/ with PyInstaller")
    make.add_argument("--no-archive", action="store_true", help="only the folder, no archive")
    make.add_argument("--dist", default=str(ROOT / "dist"), help="where the bundle goes")
    recipe = commands.add_parser("recipe", help="the Windows installer script or the macOS steps")
    recipe.add_argument("system", choices=["windows", "macos"])
    args = parser.parse_args(argv)
    if args.command == "build":
        result = build(dist=args.dist, archive=not args.no_archive)
        print(result.summary())
        return 0
    if args.system == "windows":
        print(write_inno_setup(ROOT / "build" / "meeting-companion.iss"))
    else:
        print(MACOS_STEPS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
