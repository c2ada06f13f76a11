#!/usr/bin/env python3
"""Libertinus Serif with TrueType outlines, for the Latin text of every PDF.

Re-runnable, offline: it reads Libertinus Serif's OpenType (CFF) faces as
shipped in the typst-assets crate (which cargo has already downloaded to build
this project) and writes each face with TrueType outlines next to this script,
converted by subset.py's to_truetype (fontTools' cu2qu, within 1 font unit).
Nothing else changes: every glyph, feature and name is kept.  Why: writing a
PDF subsets and measures each font it uses, and for CFF outlines that means
interpreting charstrings, for TrueType ones a copy (see README.md).

Usage:

    python3 fonts/libertinus.py ~/.cargo/registry/src/*/typst-assets-0.15.1/files/fonts
"""

import os
import sys

from fontTools.ttLib import TTFont

from subset import HERE, to_truetype

FACES = ["Regular", "Bold", "Italic", "BoldItalic"]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    src_dir = sys.argv[1]
    for face in FACES:
        src = os.path.join(src_dir, "LibertinusSerif-%s.otf" % face)
        dst = os.path.join(HERE, "LibertinusSerif-%s.ttf" % face)
        to_truetype(src, dst)
        font = TTFont(dst)
        print("%s: %d bytes, family %r, style %r, version %r, %d glyphs"
              % (os.path.basename(dst), os.path.getsize(dst), font["name"].getDebugName(1),
                 font["name"].getDebugName(2), font["name"].getDebugName(5),
                 font["maxp"].numGlyphs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
