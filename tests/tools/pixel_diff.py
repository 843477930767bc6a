#!/usr/bin/env python3
"""Count the pixels in which two images of the same size differ by more than a tolerance in
any channel. Images are read through netpbm's pngtopnm, so the tests need no imaging library.

usage: pixel_diff.py [--near R] A.png B.png [TOLERANCE] [X Y W H]
prints "DIFFERING TOTAL" (pixels, in the region when one is given); exit 2 when the sizes
differ or a file cannot be read.

--near R: a pixel differs only when no pixel within R pixels of it in the other image matches
it within the tolerance, either way round: two renderers that put a glyph's edge a fraction of
a pixel apart (anti-aliasing, baseline rounding) then agree, while anything moved by more than
R pixels still differs over its whole outline."""
import subprocess
import sys


def read_ppm(path):
    data = subprocess.run(["pngtopnm", path], check=True, capture_output=True).stdout
    # P6, width, height, maxval, one white-space byte, then the pixels.
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b"P6" or fields[3] != b"255":
        sys.exit(f"{path}: not an 8-bit RGB image")
    return int(fields[1]), int(fields[2]), data[pos + 1:]


def close(a, i, b, j, tol):
    return (abs(a[i] - b[j]) <= tol and abs(a[i + 1] - b[j + 1]) <= tol
            and abs(a[i + 2] - b[j + 2]) <= tol)


def matched_near(a, b, w, h, x, y, r, tol):
    """Does pixel (x, y) of a match some pixel of b within r pixels?"""
    i = (y * w + x) * 3
    for yy in range(max(0, y - r), min(h, y + r + 1)):
        for xx in range(max(0, x - r), min(w, x + r + 1)):
            if close(a, i, b, (yy * w + xx) * 3, tol):
                return True
    return False


def main(argv):
    near = 0
    if len(argv) > 2 and argv[1] == "--near":
        near = int(argv[2])
        argv = argv[:1] + argv[3:]
    try:
        wa, ha, a = read_ppm(argv[1])
        wb, hb, b = read_ppm(argv[2])
    except (OSError, subprocess.CalledProcessError) as e:
        print(e, file=sys.stderr)
        sys.exit(2)
    if (wa, ha) != (wb, hb):
        print(f"sizes differ: {wa}x{ha} and {wb}x{hb}", file=sys.stderr)
        sys.exit(2)
    tol = int(argv[3]) if len(argv) > 3 else 0
    x, y, w, h = map(int, argv[4:8]) if len(argv) > 7 else (0, 0, wa, ha)
    differing = 0
    for row in range(y, min(y + h, ha)):
        lo, hi = (row * wa + x) * 3, (row * wa + min(x + w, wa)) * 3
        ra, rb = a[lo:hi], b[lo:hi]
        if ra == rb:
            continue
        for i in range(0, hi - lo, 3):
            if close(ra, i, rb, i, tol):
                continue
            px = x + i // 3
            if near and (matched_near(a, b, wa, ha, px, row, near, tol)
                         and matched_near(b, a, wa, ha, px, row, near, tol)):
                continue
            differing += 1
    print(differing, w * h)


main(sys.argv)
