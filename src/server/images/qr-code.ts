import qrcode from "qrcode-generator";
import { escapeXml } from "../../domain/xml";
import { encodeGreyscalePng } from "./png";

/** Dark modules are `true`; row by row, without the quiet zone. */
export type QrMatrix = readonly (readonly boolean[])[];

/** The light border every reader needs around the code, in modules. */
export const quietZone = 4;

/** The smallest QR code of error correction level M (15% may be covered or damaged) that holds `text`. */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => code.isDark(row, column)),
  );
}

/** A scalable SVG of the code with its quiet zone: one path of unit squares, crisp at any print size. */
export function qrSvg(matrix: QrMatrix, title: string): string {
  const size = matrix.length + 2 * quietZone;
  const squares = matrix.flatMap((row, y) =>
    row.flatMap((dark, x) => (dark ? [`M${x + quietZone} ${y + quietZone}h1v1h-1z`] : [])),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${squares.join("")}"/>`,
    "</svg>",
  ].join("");
}

/** A PNG of the code with its quiet zone, `modulePixels` pixels per module. */
export function qrPng(matrix: QrMatrix, modulePixels: number): Buffer {
  const side = (matrix.length + 2 * quietZone) * modulePixels;
  return encodeGreyscalePng(side, side, (x, y) => {
    const row = matrix[Math.floor(y / modulePixels) - quietZone];
    return row?.[Math.floor(x / modulePixels) - quietZone] ? 0 : 255;
  });
}
