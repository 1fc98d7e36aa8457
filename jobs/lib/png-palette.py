#!/usr/bin/env python3
"""Rewrites a PNG in place as an 8-bit palette PNG of at most 256 colours (jobs/screenshots.sh).

A screenshot of the report is mostly text on white: with its anti-aliasing reduced to a fixed
palette (6 levels per channel, the 216 "web" colours, plus 32 greys) it keeps every character
legible at about a third of the size, which is what git should hold. Python's standard library
only (zlib), so nothing beyond python3 is needed; no dithering, so flat areas stay flat.

    python3 jobs/lib/png-palette.py FILE.png [FILE.png ...]
"""
import struct
import sys
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunks(data):
    pos = len(SIGNATURE)
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        yield kind, data[pos + 8 : pos + 8 + length]
        pos += 12 + length


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    out = bytearray(stride * height)
    prev = bytearray(stride)
    pos = 0
    for y in range(height):
        ftype = raw[pos]
        line = bytearray(raw[pos + 1 : pos + 1 + stride])
        pos += 1 + stride
        if ftype == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:  # Up
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:  # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif ftype != 0:
            raise ValueError(f"unknown PNG filter {ftype}")
        out[y * stride : (y + 1) * stride] = line
        prev = line
    return out


def palette():
    levels = [0, 51, 102, 153, 204, 255]
    colours = [(r, g, b) for r in levels for g in levels for b in levels]
    greys = [round(i * 255 / 33) for i in range(1, 33)]  # between the cube's greys
    colours += [(g, g, g) for g in greys if (g, g, g) not in colours][:40]
    return colours[:256]


def quantise(path):
    data = open(path, "rb").read()
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path} is not a PNG")
    idat = bytearray()
    for kind, body in chunks(data):
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    if depth != 8 or ctype not in (2, 6) or interlace:
        return  # already a palette or grey picture, or one this tool does not read: keep it
    bpp = 3 if ctype == 2 else 4
    pixels = unfilter(zlib.decompress(bytes(idat)), width, height, bpp)
    if bpp == 4:  # on white, as the page is shown
        r, g, b, a = (pixels[i::4] for i in range(4))
        r = bytes(255 - ((255 - x) * y // 255) for x, y in zip(r, a))
        g = bytes(255 - ((255 - x) * y // 255) for x, y in zip(g, a))
        b = bytes(255 - ((255 - x) * y // 255) for x, y in zip(b, a))
    else:
        r, g, b = (bytes(pixels[i::3]) for i in range(3))
    colours = palette()
    cube = bytes(min(5, (v + 25) // 51) for v in range(256))
    grey_index = {c: i for i, c in enumerate(colours) if i >= 216}
    grey_levels = sorted((c[0], i) for c, i in grey_index.items())
    cube_greys = [(v, (v // 51) * 43) for v in (0, 51, 102, 153, 204, 255)]
    all_greys = sorted(grey_levels + cube_greys)
    nearest_grey = bytearray(256)
    for v in range(256):
        nearest_grey[v] = min(all_greys, key=lambda t: abs(t[0] - v))[1]
    rq, gq, bq = r.translate(cube), g.translate(cube), b.translate(cube)
    index = bytearray(width * height)
    for i, (x, y, z, xr, yg, zb) in enumerate(zip(rq, gq, bq, r, g, b)):
        if xr == yg == zb:  # a grey pixel keeps its finer grey: text edges stay smooth
            index[i] = nearest_grey[xr]
        else:
            index[i] = x * 36 + y * 6 + z
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        rows += index[y * width : (y + 1) * width]
    plte = b"".join(bytes(c) for c in colours)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    out = (
        SIGNATURE
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
        + chunk(b"PLTE", plte)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )
    if len(out) < len(data):
        open(path, "wb").write(out)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        quantise(name)
