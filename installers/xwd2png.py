"""Convert an XWD screen dump (Xvfb's `-fbdir` file) to PNG, optionally cropped. Standard library only.

    python3 installers/xwd2png.py SCREEN.xwd OUT.png [--crop WxH+X+Y]

Used by installers/debian-install-test.sh on the host, where ImageMagick may be missing. Handles the
TrueColor 24/32-bit ZPixmap dumps Xvfb writes (either byte order).
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import zlib
from pathlib import Path

HEADER_FIELDS = ["header_size", "file_version", "pixmap_format", "pixmap_depth", "pixmap_width", "pixmap_height", "xoffset", "byte_order", "bitmap_unit", "bitmap_bit_order", "bitmap_pad", "bits_per_pixel", "bytes_per_line", "visual_class", "red_mask", "green_mask", "blue_mask", "bits_per_rgb", "colormap_entries", "ncolors", "window_width", "window_height", "window_x", "window_y", "window_bdrwidth"]
XWD_FILE_VERSION = 7
Z_PIXMAP = 2
COLOR_ENTRY_SIZE = 12


def read_xwd(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and packed 8-bit RGB rows of an XWD image."""
    for endian in (">", "<"):
        header = dict(zip(HEADER_FIELDS, struct.unpack(endian + "25I", data[:100]), strict=True))
        if header["file_version"] == XWD_FILE_VERSION:
            break
    else:
        raise ValueError("not an XWD file (version 7)")
    if header["pixmap_format"] != Z_PIXMAP or header["bits_per_pixel"] not in (24, 32):
        raise ValueError(f"unsupported XWD: format {header['pixmap_format']}, {header['bits_per_pixel']} bpp")
    width, height = header["pixmap_width"], header["pixmap_height"]
    stride, bpp = header["bytes_per_line"], header["bits_per_pixel"] // 8
    offset = header["header_size"] + header["ncolors"] * COLOR_ENTRY_SIZE
    pixels = data[offset : offset + stride * height]
    if len(pixels) < stride * height:
        raise ValueError("XWD file is truncated")
    # Byte position of each channel inside a pixel, from the masks and the pixel byte order (0 = LSB first).
    positions = []
    for mask in (header["red_mask"], header["green_mask"], header["blue_mask"]):
        shift = (mask & -mask).bit_length() - 1
        if mask >> shift != 0xFF or shift % 8:
            raise ValueError(f"unsupported colour mask {mask:#x}")
        byte = shift // 8
        positions.append(byte if header["byte_order"] == 0 else bpp - 1 - byte)
    rgb = bytearray(width * height * 3)
    row_rgb = bytearray(width * 3)
    for y in range(height):
        row = pixels[y * stride : y * stride + width * bpp]
        for channel, pos in enumerate(positions):
            row_rgb[channel::3] = row[pos::bpp]
        rgb[y * width * 3 : (y + 1) * width * 3] = row_rgb
    return width, height, bytes(rgb)


def crop(width: int, rgb: bytes, box: tuple[int, int, int, int]) -> bytes:
    w, h, x, y = box
    return b"".join(rgb[((y + r) * width + x) * 3 : ((y + r) * width + x + w) * 3] for r in range(h))


def png(width: int, height: int, rgb: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\0" + rgb[r * width * 3 : (r + 1) * width * 3] for r in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("xwd", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--crop", metavar="WxH+X+Y", help="keep only this rectangle (clipped to the screen)")
    args = parser.parse_args(argv)
    width, height, rgb = read_xwd(args.xwd.read_bytes())
    if args.crop:
        match = re.fullmatch(r"(\d+)x(\d+)\+(-?\d+)\+(-?\d+)", args.crop)
        if not match:
            parser.error(f"--crop: expected WxH+X+Y, got {args.crop}")
        w, h, x, y = (int(v) for v in match.groups())
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + w, width), min(y + h, height)
        if x1 <= x0 or y1 <= y0:
            parser.error(f"--crop {args.crop} is outside the {width}x{height} screen")
        rgb = crop(width, rgb, (x1 - x0, y1 - y0, x0, y0))
        width, height = x1 - x0, y1 - y0
    args.out.write_bytes(png(width, height, rgb))
    return 0


if __name__ == "__main__":
    sys.exit(main())
