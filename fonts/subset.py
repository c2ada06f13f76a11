#!/usr/bin/env python3
"""Subset the Noto CJK SC faces bundled in this directory.

Re-runnable, offline: it reads the OpenType collections (.ttc) of the Debian
package fonts-noto-cjk and writes TrueType-flavoured OpenType subsets (.ttf)
next to this script: each face is subset with pyftsubset, then its cubic CFF
outlines are converted to quadratic TrueType ones (fontTools' cu2qu, within
one font unit).  TrueType outlines make PDF export several times cheaper (no
charstrings to interpret when the PDF writer subsets and measures glyphs).
Nothing is downloaded.  Needs fontTools.

Usage (the paths are those of Debian's fonts-noto-cjk):

    python3 fonts/subset.py \
        --serif-regular /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc \
        --serif-bold    /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc \
        --sans-regular  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
        --seed ../shared/seeds/000_dec20be06e36bc1a.txt \
        --table 通用规范汉字表.txt

Character set (written to subset-unicodes.txt, which is committed):
  * every character of GB2312 (all valid 2-byte EUC-CN codes 0xA1A1-0xF7FE
    decoded with Python's 'gb2312' codec: the 6763 Hanzi plus the GB2312
    symbols, full-width forms, kana, Greek, Cyrillic, pinyin, box drawing);
  * the 5401 Traditional characters of Big5 level 1 (0xA440-0xC67E, Python's
    'big5' codec);
  * every character of each --table file (the 8105 characters of the Table of
    General Standard Chinese Characters, 通用规范汉字表, see README.md);
  * Basic Latin + Latin-1 (U+0020-007E, U+00A0-00FF);
  * General Punctuation U+2000-206F;
  * CJK Symbols and Punctuation U+3000-303F;
  * Halfwidth and Fullwidth Forms U+FF00-FFEF;
  * the weekday/date characters 星期一二三四五六日月年;
  * every non-whitespace, non-control character of each --seed file;
  * with --unicodes-file instead of the above: exactly that file's list
    (e.g. the committed subset-unicodes.txt, to reproduce the committed
    fonts without the seed files).

Each face is picked out of its collection by PostScript name and passed to
fontTools' pyftsubset; the exact pyftsubset command line is printed.
"""

import argparse
import os
import shlex
import sys
import unicodedata

from fontTools import subset as ft_subset
from fontTools.ttLib import TTCollection, TTFont

HERE = os.path.dirname(os.path.abspath(__file__))

# (option name, PostScript name in the collection, output file)
FACES = [
    ("serif_regular", "NotoSerifCJKsc-Regular", "NotoSerifCJKsc-Regular-subset.ttf"),
    ("serif_bold", "NotoSerifCJKsc-Bold", "NotoSerifCJKsc-Bold-subset.ttf"),
    ("sans_regular", "NotoSansCJKsc-Regular", "NotoSansCJKsc-Regular-subset.ttf"),
]

FIXED_RANGES = [
    (0x0020, 0x007E),  # Basic Latin (printable)
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]
DATE_CHARS = "星期一二三四五六日月年"

# Horizontal-text OpenType layout features kept (vertical ones, aalt, dlig,
# hist, ruby and the Hangul jamo features are dropped).
LAYOUT_FEATURES = [
    "ccmp", "locl", "liga", "clig", "calt", "rlig",
    "kern", "mark", "mkmk", "palt", "halt",
    "fwid", "hwid", "pwid",
]
# Scripts kept, each with its default language system and the Simplified
# Chinese one (ZHS) only: the JAN/KOR/ZHH/ZHT 'locl' variants would pull in
# thousands of other-region glyph forms.
LAYOUT_SCRIPTS = [
    "DFLT",
    "hani.dflt", "hani.ZHS",
    "latn.dflt", "latn.ZHS",
    "grek.dflt", "grek.ZHS",
    "cyrl.dflt", "cyrl.ZHS",
    "kana.dflt", "kana.ZHS",
]


def gb2312_chars():
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                s = bytes((b1, b2)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(s)
    return chars


def big5_level1_chars():
    """The 5,401 frequently used Traditional characters of Big5 (level 1,
    0xA440-0xC67E), decoded with Python's 'big5' codec."""
    chars = set()
    for b1 in range(0xA4, 0xC7):
        for b2 in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if (b1, b2) > (0xC6, 0x7E):
                continue
            try:
                chars.update(bytes((b1, b2)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return chars


def table_chars(path):
    """The characters of a character table, one per line, as `U+XXXX<TAB>char...`
    (the format of the 通用规范汉字表 list, see README.md); each line's code
    point and character must agree."""
    chars = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0].startswith("U+"):
                continue
            if int(parts[0][2:], 16) != ord(parts[1]):
                raise SystemExit("%s: %r does not match its code point" % (path, line))
            chars.add(parts[1])
    return chars


def seed_chars(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return {c for c in text if not c.isspace() and unicodedata.category(c) != "Cc"}


def build_codepoints(seeds, tables):
    cps = {ord(c) for c in gb2312_chars()}
    cps.update(ord(c) for c in big5_level1_chars())
    for path in tables:
        cps.update(ord(c) for c in table_chars(path))
    for lo, hi in FIXED_RANGES:
        cps.update(range(lo, hi + 1))
    cps.update(ord(c) for c in DATE_CHARS)
    for path in seeds:
        cps.update(ord(c) for c in seed_chars(path))
    return cps


def write_unicodes_file(cps, path):
    ranges = []
    for cp in sorted(cps):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    with open(path, "w", encoding="ascii") as f:
        f.write("# Code points kept in the Noto CJK SC subsets (see subset.py).\n")
        f.write("# %d code points; pyftsubset --unicodes-file format.\n" % len(cps))
        for lo, hi in ranges:
            f.write("U+%04X\n" % lo if lo == hi else "U+%04X-%04X\n" % (lo, hi))


def read_unicodes_file(path):
    cps = set()
    with open(path, encoding="ascii") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            item = line[2:] if line.upper().startswith("U+") else line
            if "-" in item:
                lo, hi = (int(x, 16) for x in item.split("-"))
                cps.update(range(lo, hi + 1))
            else:
                cps.add(int(item, 16))
    return cps


def face_index(ttc_path, psname):
    coll = TTCollection(ttc_path, lazy=True)
    for i, font in enumerate(coll.fonts):
        if font["name"].getDebugName(6) == psname:
            return i
    raise SystemExit("%s: no face with PostScript name %s" % (ttc_path, psname))


def subset_face(ttc_path, psname, out_path, unicodes_path):
    """Subsets the face into a CFF .otf beside `out_path`, then writes `out_path`
    with TrueType outlines and removes the .otf."""
    otf_path = os.path.splitext(out_path)[0] + ".otf"
    idx = face_index(ttc_path, psname)
    args = [
        ttc_path,
        "--font-number=%d" % idx,
        "--unicodes-file=%s" % unicodes_path,
        "--layout-features=%s" % ",".join(LAYOUT_FEATURES),
        "--layout-scripts=%s" % ",".join(LAYOUT_SCRIPTS),
        "--name-IDs=*",
        "--name-languages=*",
        "--notdef-outline",
        "--output-file=%s" % otf_path,
    ]
    print("pyftsubset " + " ".join(shlex.quote(a) for a in args), flush=True)
    ft_subset.main(args)
    fix_cff_names(otf_path, psname)
    to_truetype(otf_path, out_path)
    os.remove(otf_path)
    return out_path


# cu2qu's tolerance, in font units (the fonts have 1000 units per em).
MAX_ERROR = 1.0


def to_truetype(src, dst):
    """Rewrites a CFF-flavoured font with TrueType (glyf) outlines.

    Each glyph's cubic curves are approximated by quadratic ones within
    MAX_ERROR font units (fontTools.pens.cu2quPen); advances, metrics, cmap,
    layout tables and names are kept.  Hints are dropped (PDF viewers do not
    need them).  VORG, which only CFF fonts may have, is dropped; vertical
    metrics stay in vhea/vmtx.  The timestamp is not touched, so the output is
    reproducible.
    """
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    font = TTFont(src, recalcTimestamp=False)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)
    print("  TrueType outlines: %s" % os.path.basename(dst))


def fix_cff_names(path, psname):
    """Give the CFF table the names of the face it now belongs to.

    In Debian's .ttc all faces (JP, KR, SC, TC, HK) share one CFF table whose
    internal names are the JP face's ("NotoSerifCJKjp-Regular", FamilyName
    "Noto Serif CJK JP", FullName "Noto Serif CJK JP Regular",
    FDArray "NotoSerifCJKjp-Regular-Ideographs", ...).
    The standalone upstream NotoSerifCJKsc-Regular.otf carries the SC names
    there; set the same so that the CFF FontName equals name ID 6, the CFF
    FamilyName equals name ID 1 and FullName is family + style.  Outlines are not touched.
    """
    font = TTFont(path, recalcTimestamp=False)
    name = font["name"]
    family = name.getDebugName(1)
    full = "%s %s" % (family, name.getDebugName(2))  # as upstream: "... JP Regular"
    cff = font["CFF "].cff
    old = cff.fontNames[0]
    cff.fontNames[0] = psname
    top = cff.topDictIndex[0]
    top.FamilyName = family
    top.FullName = full
    for fd in getattr(top, "FDArray", []):
        fdname = getattr(fd, "FontName", None)
        if fdname and fdname.startswith(old):
            fd.FontName = psname + fdname[len(old):]
    font.save(path)
    print("  CFF names: %s -> %s (FamilyName %r, FullName %r)" % (old, psname, family, full))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--serif-regular", help="NotoSerifCJK-Regular.ttc")
    ap.add_argument("--serif-bold", help="NotoSerifCJK-Bold.ttc")
    ap.add_argument("--sans-regular", help="NotoSansCJK-Regular.ttc (optional)")
    ap.add_argument("--seed", action="append", default=[],
                    help="text file whose characters must be covered (repeatable)")
    ap.add_argument("--table", action="append", default=[],
                    help="character table (U+XXXX<TAB>char lines), e.g. the 通用规范汉字表 (repeatable)")
    ap.add_argument("--unicodes-file",
                    help="use this code point list instead of building one")
    ap.add_argument("--out", default=HERE, help="output directory (default: this one)")
    opts = ap.parse_args()

    if opts.unicodes_file:
        unicodes_path = os.path.abspath(opts.unicodes_file)
        cps = read_unicodes_file(unicodes_path)
    else:
        cps = build_codepoints(opts.seed, opts.table)
        unicodes_path = os.path.join(opts.out, "subset-unicodes.txt")
        write_unicodes_file(cps, unicodes_path)
    print("%d code points requested" % len(cps), flush=True)

    outputs = []
    for key, psname, fname in FACES:
        ttc = getattr(opts, key)
        if not ttc:
            continue
        out_path = os.path.join(opts.out, fname)
        outputs.append(subset_face(ttc, psname, out_path, unicodes_path))

    for path in outputs:
        font = TTFont(path)
        cmap = font.getBestCmap()
        absent = sorted(cp for cp in cps if cp not in cmap)
        print("%s: %d bytes, family %r, weight %d, %d glyphs, %d code points mapped,"
              " %d requested code points not in the source face"
              % (os.path.basename(path), os.path.getsize(path),
                 font["name"].getDebugName(1), font["OS/2"].usWeightClass,
                 font["maxp"].numGlyphs, len(cmap), len(absent)))
        for path_seed in opts.seed:
            missing = sorted(c for c in seed_chars(path_seed) if ord(c) not in cmap)
            print("  seed %s: %d distinct characters missing%s"
                  % (os.path.basename(path_seed), len(missing),
                     (": " + " ".join("U+%04X" % ord(c) for c in missing)) if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
