#!/usr/bin/env python3
"""Print a PNG's width, height, colour type and the RGBA of its top-left pixel.

Usage: png_info.py FILE  ->  "W H COLORTYPE R,G,B,A"
Reads the file with zlib only, so the tests need no imaging library."""
import struct
import sys
import zlib


def main(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    w, h, depth, ctype = ihdr[0], ihdr[1], ihdr[2], ihdr[3]
    channels = {2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    # The first byte of a row is its filter; the first pixel of the first row is unfiltered
    # for filters None/Sub/Up (Up uses a zero previous row).
    px = list(raw[1:1 + channels])
    if len(px) == 3:
        px.append(255)
    print(w, h, ctype, ",".join(map(str, px)))


main(sys.argv[1])
