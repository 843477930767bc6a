#!/usr/bin/env python3
"""Print a PNG's width, height, colour type and the RGBA of its top-left pixel.

Usage: png_info.py FILE           ->  "W H COLORTYPE R,G,B,A"
       png_info.py --chunks FILE  ->  one line per metadata chunk, checking every CRC:
                                      "pHYs X Y UNIT", "sRGB INTENT", "text KEY VALUE"
                                      (tEXt, zTXt and iTXt; line feeds shown as \\n)
Reads the file with zlib only, so the tests need no imaging library. Exits 1 on a bad
signature, a bad CRC, a chunk that runs past the end or a missing IEND."""
import struct
import sys
import zlib


def chunks(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos = 8
    while pos < len(data):
        if pos + 12 > len(data):
            sys.exit(f"{path}: truncated chunk at {pos}")
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + n]
        if len(body) != n:
            sys.exit(f"{path}: chunk {kind!r} runs past the end")
        (crc,) = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])
        if zlib.crc32(kind + body) != crc:
            sys.exit(f"{path}: bad CRC in chunk {kind!r}")
        yield kind, body
        pos += 12 + n
        if kind == b"IEND":
            return
    sys.exit(f"{path}: no IEND")


def text(kind, body):
    key, rest = body.split(b"\0", 1)
    if kind == b"tEXt":
        value = rest.decode("latin-1")
    elif kind == b"zTXt":
        value = zlib.decompress(rest[1:]).decode("latin-1")
    else:  # iTXt: flag, method, language, translated keyword, text
        flag, rest = rest[0], rest[2:]
        _lang, _tkey, value = rest.split(b"\0", 2)
        value = (zlib.decompress(value) if flag else value).decode("utf-8")
    return key.decode("latin-1"), value.replace("\n", "\\n")


def show_chunks(path):
    for kind, body in chunks(path):
        if kind == b"pHYs":
            print("pHYs %d %d %d" % struct.unpack(">IIB", body))
        elif kind == b"sRGB":
            print("sRGB", body[0])
        elif kind in (b"tEXt", b"zTXt", b"iTXt"):
            print("text %s %s" % text(kind, body))


def main(path):
    idat, ihdr = b"", None
    for kind, body in chunks(path):
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    w, h, depth, ctype = ihdr[0], ihdr[1], ihdr[2], ihdr[3]
    channels = {2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    # The first byte of a row is its filter; the first pixel of the first row is unfiltered
    # for filters None/Sub/Up (Up uses a zero previous row).
    px = list(raw[1:1 + channels])
    if len(px) == 3:
        px.append(255)
    print(w, h, ctype, ",".join(map(str, px)))


if sys.argv[1] == "--chunks":
    show_chunks(sys.argv[2])
else:
    main(sys.argv[1])
