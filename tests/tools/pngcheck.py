#!/usr/bin/env python3
"""pngcheck.py FILE [--width W] [--height H] [--tolerance PX] [--min-colors N]

Decodes a PNG with the standard library only (zlib), and checks that it
is what a person would see as a picture: the expected size (within a
tolerance), not blank (at least N distinct colours, and at least 1% of
pixels differing from the background, the top-left pixel). Prints one
line of facts and 'N passed, M failed'."""
import argparse, struct, sys, zlib


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG signature")
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    if depth != 8 or interlace or ctype not in (0, 2, 4, 6):
        raise ValueError("unsupported PNG layout %r" % (ihdr,))
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("png")
    ap.add_argument("--width", type=int)
    ap.add_argument("--height", type=int)
    ap.add_argument("--tolerance", type=int, default=2)
    ap.add_argument("--min-colors", type=int, default=3)
    a = ap.parse_args()
    ok = bad = 0
    try:
        w, h, bpp, rows = decode(a.png)
    except Exception as e:  # a broken file is a failed check, not a crash
        print("%s: %s\n0 passed, 1 failed" % (a.png, e))
        return 1
    bg = rows[0][:bpp]
    colors, differ = set(), 0
    for r in rows[::2]:
        for x in range(0, len(r), bpp * 2):
            px = r[x:x + bpp]
            colors.add(px)
            differ += px != bg
    sampled = ((h + 1) // 2) * ((w + 1) // 2)
    print("%s: %dx%d, %d colours, %.1f%% ink" % (a.png, w, h, len(colors), 100.0 * differ / sampled))
    checks = [
        (a.width is None or abs(w - a.width) <= a.tolerance, "width %d, want %s" % (w, a.width)),
        (a.height is None or abs(h - a.height) <= a.tolerance, "height %d, want %s" % (h, a.height)),
        (len(colors) >= a.min_colors, "only %d colours" % len(colors)),
        (differ >= sampled // 100, "blank: %d of %d pixels differ from the background" % (differ, sampled)),
    ]
    for good, what in checks:
        if good:
            ok += 1
        else:
            bad += 1
            print("FAIL: " + what)
    print("%d passed, %d failed" % (ok, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
