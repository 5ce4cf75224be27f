#!/usr/bin/env python3
"""Converts Natural Earth's 1:110m admin-0 countries into the map chart's asset.

Reads `countries110` from the lazy-load database of Debian's
r-cran-rnaturalearthdata (an sp SpatialPolygonsDataFrame, read with the
PyPI package `rdata`, so R itself is not needed), keeps each country's outer
rings, simplifies them, quantises them to QUANTUM degrees and writes one
encoded polyline per ring to countries-110m.txt, with its SHA-256 beside it
in countries-110m.sha256.

Run once by hand; the asset is committed and the build embeds it:

    apt-get download r-cran-rnaturalearthdata
    dpkg-deb -x r-cran-rnaturalearthdata_*.deb rne
    pip install rdata
    python3 convert.py rne/usr/lib/R/site-library/rnaturalearthdata/data
"""
import gzip
import hashlib
import lzma
import math
import os
import struct
import sys
import warnings

import rdata
from rdata.parser import RObjectType

# One unit of the asset in degrees. At 1920 px across, a degree of longitude
# is about 5 px, so a twentieth of one is a quarter pixel: finer than any
# slide or printed page shows, coarse enough to keep the file small.
QUANTUM = 0.05
# Douglas–Peucker tolerance in degrees: half a pixel on the widest canvas.
TOLERANCE = 0.1
HERE = os.path.dirname(os.path.abspath(__file__))
ASSET = os.path.join(HERE, "countries-110m.txt")


def lazy_load_object(data_dir, name):
    """One object of an R lazy-load database (Rdata.rdx index, Rdata.rdb blobs)."""
    with open(os.path.join(data_dir, "Rdata.rdx"), "rb") as f:
        index = rdata.conversion.convert(rdata.parser.parse_data(gzip.decompress(f.read())))
    offset, length = (int(v) for v in index["variables"][name])
    with open(os.path.join(data_dir, "Rdata.rdb"), "rb") as f:
        f.seek(offset)
        blob = f.read(length)
    # Four bytes of length, one of method; "Z" is a raw LZMA2 stream (R's xz preset 9e).
    if blob[4:5] != b"Z":
        raise SystemExit(f"{name}: unexpected compression {blob[4:5]!r}")
    filters = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}]
    raw = lzma.decompress(blob[5:], format=lzma.FORMAT_RAW, filters=filters)
    return rdata.parser.parse_data(raw).object


def symbol(tag):
    while tag.info.type == RObjectType.REF:
        tag = tag.referenced_object
    return tag.value.value.decode()


def slots(obj):
    """The attributes (S4 slots) of an R object by name."""
    out = {}
    node = obj.attributes
    while node is not None and node.info.type == RObjectType.LIST:
        out[symbol(node.tag)] = node.value[0]
        node = node.value[1]
    return out


def ring_points(polygon):
    coords = slots(polygon)["coords"]
    rows = int(slots(coords)["dim"].value[0])
    values = coords.value
    return [(float(values[i]), float(values[rows + i])) for i in range(rows)]


def simplify(points, tolerance):
    """Douglas–Peucker on a closed ring, keeping its first point."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        start, end = stack.pop()
        (ax, ay), (bx, by) = points[start], points[end]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_distance = None, tolerance
        for i in range(start + 1, end):
            px, py = points[i]
            if norm == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                distance = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if distance > best_distance:
                best, best_distance = i, distance
        if best is not None:
            keep[best] = True
            stack += [(start, best), (best, end)]
    return [p for p, k in zip(points, keep) if k]


def encode_number(value):
    """Google's encoded polyline algorithm for one signed integer."""
    value = ~(value << 1) if value < 0 else value << 1
    chars = []
    while value >= 0x20:
        chars.append(chr((0x20 | (value & 0x1F)) + 63))
        value >>= 5
    chars.append(chr(value + 63))
    return "".join(chars)


def encode_ring(points):
    quantised = []
    for lon, lat in points:
        q = (round(lon / QUANTUM), round(lat / QUANTUM))
        if not quantised or quantised[-1] != q:
            quantised.append(q)
    if len(quantised) > 1 and quantised[0] == quantised[-1]:
        quantised.pop()  # the ring closes itself
    if len(quantised) < 3:
        return None
    out, previous = [], (0, 0)
    for q in quantised:
        out.append(encode_number(q[0] - previous[0]) + encode_number(q[1] - previous[1]))
        previous = q
    return "".join(out)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    warnings.simplefilter("ignore")  # rdata warns that a lazy-load blob has no file header
    countries = slots(lazy_load_object(sys.argv[1], "countries110"))
    lines = []
    source_points = 0
    kept_points = 0
    for feature in countries["polygons"].value:
        for polygon in slots(feature)["Polygons"].value:
            if bool(slots(polygon)["hole"].value[0]):
                continue  # holes at this scale are other countries, drawn on top
            points = ring_points(polygon)
            source_points += len(points)
            simple = simplify(points, TOLERANCE)
            encoded = encode_ring(simple)
            if encoded is not None:
                lines.append(encoded)
                kept_points += len(simple)
    header = [
        "# Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), outer rings.",
        "# From r-cran-rnaturalearthdata 0.1.0-2 (countries110); converted by convert.py.",
        f"# Each line below is one ring: Google encoded polyline of (longitude, latitude) deltas in units of {QUANTUM} degrees.",
    ]
    text = "\n".join(header + lines) + "\n"
    with open(ASSET, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    digest = hashlib.sha256(text.encode("ascii")).hexdigest()
    with open(os.path.join(HERE, "countries-110m.sha256"), "w", encoding="ascii") as f:
        f.write(f"{digest}  countries-110m.txt\n")
    print(f"{len(lines)} rings, {source_points} points read, {kept_points} kept, {len(text)} bytes, sha256 {digest}")


if __name__ == "__main__":
    main()
