import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readBodyWithin } from "../../../src/server/http/body-limit";

/** A request body as Node hands it over, counting how much of it was read. */
function incoming(chunks: Buffer[], headers: Record<string, string> = {}) {
  let read = 0;
  const stream = Readable.from(
    (function* () {
      for (const chunk of chunks) {
        read += chunk.byteLength;
        yield chunk;
      }
    })(),
  );
  return { request: Object.assign(stream, { headers }) as unknown as IncomingMessage, bytesRead: () => read };
}

const kilobytes = (count: number) => Buffer.alloc(count * 1024, 97);

describe("request body limit", () => {
  it("reads a body within the limit whole", async () => {
    const { request } = incoming([kilobytes(1), kilobytes(2)]);
    const read = await readBodyWithin(request, 4 * 1024);
    expect("body" in read && read.body.byteLength).toBe(3 * 1024);
  });

  it("refuses a declared Content-Length over the limit without reading anything", async () => {
    const { request, bytesRead } = incoming([kilobytes(8)], { "content-length": String(8 * 1024) });
    expect(await readBodyWithin(request, 4 * 1024)).toEqual({ tooLarge: true });
    expect(bytesRead()).toBe(0);
  });

  it("counts a chunked body while it streams and stops soon after the limit", async () => {
    const { request, bytesRead } = incoming(Array.from({ length: 1000 }, () => kilobytes(1)));
    expect(await readBodyWithin(request, 4 * 1024)).toEqual({ tooLarge: true });
    expect(bytesRead()).toBeLessThan(100 * 1024);
  });
});
