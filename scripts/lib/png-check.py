#!/usr/bin/env python3
"""Checks that a PNG screenshot shows something: decodes it with zlib alone (no Pillow) and
fails unless it has at least two colours and some ink (pixels that are not the background).

usage: png-check.py <file.png> [min-ink-fraction]
"""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    offset, idat, header = 8, b"", None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG (bit depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    path = sys.argv[1]
    minimum_ink = float(sys.argv[2]) if len(sys.argv) > 2 else 0.005
    width, height, channels, rows = pixels(path)
    counts = {}
    for row in rows:
        for x in range(0, len(row), channels):
            pixel = row[x:x + channels]
            counts[pixel] = counts.get(pixel, 0) + 1
    total = width * height
    background, most = max(counts.items(), key=lambda item: item[1])
    ink = 1 - most / total
    print(f"{path}: {width}x{height}, {len(counts)} colours, {ink:.1%} not background")
    if len(counts) < 2:
        sys.exit(f"{path}: every pixel has the same colour")
    if ink < minimum_ink:
        sys.exit(f"{path}: only {ink:.2%} of the pixels differ from the background (want {minimum_ink:.1%})")


if __name__ == "__main__":
    main()
