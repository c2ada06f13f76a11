#!/usr/bin/env python3
"""Prepare the Noto Naskh Arabic faces bundled in this directory.

Re-runnable, offline: it reads the static TrueType fonts of the Debian package
fonts-noto-core and writes them next to this script through pyftsubset, keeping
every code point, every glyph and every OpenType layout feature and script (Arabic
shaping needs all of GSUB/GPOS: init, medi, fina, isol, rlig, liga, calt, mark,
mkmk, curs, kern...) and every name record, and dropping the TrueType hinting
instructions (ttfautohint's), which a PDF does not use and which cost time when
the PDF writer subsets the font. Needs fontTools.

Usage (the paths are those of Debian's fonts-noto-core, extracted with
`apt-get download fonts-noto-core && dpkg-deb -x fonts-noto-core_*.deb x`):

    python3 fonts/arabic.py \
        --regular x/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf \
        --bold    x/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf
"""

import argparse
import os
import shlex

from fontTools import subset as ft_subset

HERE = os.path.dirname(os.path.abspath(__file__))

FACES = [
    ("regular", "NotoNaskhArabic-Regular.ttf"),
    ("bold", "NotoNaskhArabic-Bold.ttf"),
]


def prepare(source, target):
    args = [
        source,
        "--unicodes=*",
        "--glyphs=*",
        "--layout-features=*",
        "--layout-scripts=*",
        "--name-IDs=*",
        "--name-languages=*",
        "--no-hinting",
        "--notdef-outline",
        f"--output-file={target}",
    ]
    print("pyftsubset " + " ".join(shlex.quote(a) for a in args))
    ft_subset.main(args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for option, _ in FACES:
        parser.add_argument(f"--{option}", required=True)
    options = parser.parse_args()
    for option, name in FACES:
        prepare(getattr(options, option), os.path.join(HERE, name))


if __name__ == "__main__":
    main()
