import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type QrMatrix, qrMatrix, qrPng, qrSvg, quietZone } from "../../../src/server/images/qr-code";

const link =
  "https://openhuis.nl/actie/pleegouder-in-houten?utm_source=openhuis&utm_medium=qr&utm_campaign=pleegouder-in-houten";

/** The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 core. */
function isFinderAt(matrix: QrMatrix, top: number, left: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(y - 3), Math.abs(x - 3));
      if (matrix[top + y][left + x] !== (ring !== 2)) return false;
    }
  }
  return true;
}

/** Both copies of the 15 format bits, read as ISO/IEC 18004 places them. */
function formatBits(matrix: QrMatrix): { first: number; second: number } {
  const size = matrix.length;
  const bit = (dark: boolean) => (dark ? 1 : 0);
  const firstCoordinates: [number, number][] = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  const secondCoordinates: [number, number][] = [
    ...Array.from({ length: 7 }, (_, i): [number, number] => [size - 1 - i, 8]),
    ...Array.from({ length: 8 }, (_, i): [number, number] => [8, size - 8 + i]),
  ];
  const read = (coordinates: [number, number][]) =>
    coordinates.reduce((value, [row, column]) => (value << 1) | bit(matrix[row][column]), 0);
  return { first: read(firstCoordinates), second: read(secondCoordinates) };
}

/** The remainder of the BCH(15,5) code with generator 0x537; 0 for a valid codeword. */
function bchRemainder(codeword: number): number {
  let remainder = codeword;
  for (let shift = 14; shift >= 10; shift--) {
    if (remainder & (1 << shift)) remainder ^= 0x537 << (shift - 10);
  }
  return remainder;
}

describe("QR codes for campaign links", () => {
  const matrix = qrMatrix(link);
  const size = matrix.length;

  it("is a square of a QR version's size: 17 + 4 modules per version", () => {
    expect(matrix.every((row) => row.length === size)).toBe(true);
    expect((size - 17) % 4).toBe(0);
    // The link's 122 bytes in byte mode at level M need version 7 (version 6 holds 106).
    expect(size).toBe(17 + 4 * 7);
  });

  it("has the three finder patterns, the timing patterns and the dark module", () => {
    expect(isFinderAt(matrix, 0, 0)).toBe(true);
    expect(isFinderAt(matrix, 0, size - 7)).toBe(true);
    expect(isFinderAt(matrix, size - 7, 0)).toBe(true);
    expect(isFinderAt(matrix, size - 7, size - 7)).toBe(false);
    for (let i = 8; i < size - 8; i++) {
      expect(matrix[6][i]).toBe(i % 2 === 0);
      expect(matrix[i][6]).toBe(i % 2 === 0);
    }
    expect(matrix[size - 8][8]).toBe(true);
  });

  it("carries valid format bits for error correction level M, the same in both copies", () => {
    const { first, second } = formatBits(matrix);
    expect(first).toBe(second);
    const unmasked = first ^ 0b101010000010010;
    expect(bchRemainder(unmasked)).toBe(0);
    const errorCorrectionLevel = unmasked >> 13;
    expect(errorCorrectionLevel).toBe(0b00); // M
  });

  it("carries the version (7) in both copies of the version information, a valid BCH(18,6) codeword", () => {
    const bottomLeft = Array.from({ length: 18 }, (_, i) => matrix[size - 11 + (i % 3)][Math.floor(i / 3)]);
    const topRight = Array.from({ length: 18 }, (_, i) => matrix[Math.floor(i / 3)][size - 11 + (i % 3)]);
    expect(topRight).toEqual(bottomLeft);
    const codeword = bottomLeft.reduce((value, dark, i) => value | ((dark ? 1 : 0) << i), 0);
    expect(codeword >> 12).toBe(7);
    expect(codeword).toBe(0x07c94); // the table value for version 7 in ISO/IEC 18004, annex D
    let remainder = codeword;
    for (let shift = 17; shift >= 12; shift--) {
      if (remainder & (1 << shift)) remainder ^= 0x1f25 << (shift - 12);
    }
    expect(remainder).toBe(0);
  });

  it("differs for another link", () => {
    expect(qrMatrix(link.replace("qr", "link"))).not.toEqual(matrix);
  });

  it("draws an SVG of the dark modules inside a quiet zone", () => {
    const svg = qrSvg(matrix, 'Campagne "Houten" & co');
    const side = size + 2 * quietZone;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain("<title>Campagne &quot;Houten&quot; &amp; co</title>");
    const darkModules = matrix.flat().filter(Boolean).length;
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(darkModules);
    expect(svg).toContain(`M${quietZone} ${quietZone}h1v1h-1z`);
  });
});

describe("the QR code as PNG", () => {
  const matrix = qrMatrix(link);
  const modulePixels = 10;
  const png = qrPng(matrix, modulePixels);
  const side = (matrix.length + 2 * quietZone) * modulePixels;

  /** The chunks of a PNG, checking each one's length fits. */
  function chunks(file: Buffer) {
    const found: { type: string; data: Buffer }[] = [];
    let offset = 8;
    while (offset < file.length) {
      const length = file.readUInt32BE(offset);
      found.push({
        type: file.toString("ascii", offset + 4, offset + 8),
        data: file.subarray(offset + 8, offset + 8 + length),
      });
      offset += 12 + length;
    }
    expect(offset).toBe(file.length);
    return found;
  }

  it("is a PNG file of the code's size in pixels, greyscale", () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [header, ...rest] = chunks(png);
    expect(header.type).toBe("IHDR");
    expect(header.data.readUInt32BE(0)).toBe(side);
    expect(header.data.readUInt32BE(4)).toBe(side);
    expect([...header.data.subarray(8)]).toEqual([8, 0, 0, 0, 0]);
    expect(rest.map(({ type }) => type)).toEqual(["IDAT", "IEND"]);
  });

  it("has a correct checksum on every chunk", async () => {
    const { crc32 } = await import("node:zlib");
    let offset = 8;
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const stored = png.readUInt32BE(offset + 8 + length);
      expect(stored).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
      offset += 12 + length;
    }
  });

  it("paints each module as a block of pixels, white around it", () => {
    const idat = chunks(png).find(({ type }) => type === "IDAT");
    const pixels = inflateSync(idat?.data ?? Buffer.alloc(0));
    expect(pixels.length).toBe((side + 1) * side);
    const pixel = (x: number, y: number) => pixels[y * (side + 1) + 1 + x];
    expect(pixels[0]).toBe(0); // filter type of the first scanline
    expect(pixel(0, 0)).toBe(255);
    const corner = quietZone * modulePixels;
    expect(pixel(corner, corner)).toBe(0);
    expect(pixel(corner + modulePixels - 1, corner + modulePixels - 1)).toBe(0);
    // The light ring of the top-left finder pattern starts one module in.
    expect(pixel(corner + modulePixels, corner + modulePixels)).toBe(255);
  });
});
