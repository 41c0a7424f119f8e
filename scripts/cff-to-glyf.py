"""Turns an OpenType font with CFF outlines into the same font with TrueType (glyf) outlines.

Used by scripts/fonts.mjs (npm run fonts) on each Noto Sans CJK subset. Why: Chromium's PDF
backend (Skia) embeds a TrueType font as a real font subset (CIDFontType2), but draws a CFF font's
glyphs as Type 3 procedures: bigger files, slower to print, and no font a PDF reader can name.

Everything but the outlines is kept as it is: cmap, metrics, names and the layout tables (GSUB,
GPOS) that the subset keeps for punctuation spacing and kerning. Cubic curves become quadratic
within a tolerance of half a font unit (1/2000 em), far below what any screen or printer shows.

usage: python3 scripts/cff-to-glyf.py IN.otf OUT.ttf
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

TOLERANCE = 0.5


def quadratic_glyphs(font):
    glyph_set = font.getGlyphSet()
    out = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        # TrueType contours wind the other way round from PostScript ones.
        glyph_set[name].draw(Cu2QuPen(pen, TOLERANCE, reverse_direction=True))
        out[name] = pen.glyph()
    return out


def convert(source, target):
    font = TTFont(source)
    if "CFF " not in font:
        raise SystemExit(f"{source}: no CFF table; nothing to convert")
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quadratic_glyphs(font)
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]

    # Each glyph's left side bearing is its new bounding box's left edge.
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0))

    # maxp 1.0: TrueType's version, with no hinting programs.
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp

    # post 3.0: no glyph names (a CID font's are cid00042 and of no use to anyone).
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}

    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])
