#!/usr/bin/python3
# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
"""Decodes the PDF417 symbol of a greyscale PGM image (pdftoppm -gray) with zxing-cpp; prints its bytes in hex.

Usage: decode-pdf417.py IMAGE.pgm. Exit 0 with the hex on stdout, 1 when no PDF417 is found, 2 on a bad image.
"""
import sys

import numpy
import zxingcpp


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    pos += 1  # the single whitespace after maxval
    if fields[0] != b"P5" or int(fields[3]) > 255:
        raise ValueError("not an 8-bit binary PGM")
    width, height = int(fields[1]), int(fields[2])
    return numpy.frombuffer(data, dtype=numpy.uint8, count=width * height, offset=pos).reshape(height, width)


def main():
    try:
        image = read_pgm(sys.argv[1])
    except (OSError, ValueError, IndexError) as error:
        print(f"decode-pdf417: {error}", file=sys.stderr)
        return 2
    result = zxingcpp.read_barcode(image, formats=zxingcpp.BarcodeFormat.PDF417)
    if result is None or not result.valid:
        print("decode-pdf417: no PDF417 found", file=sys.stderr)
        return 1
    print(bytes(result.bytes).hex())
    return 0


if __name__ == "__main__":
    sys.exit(main())
