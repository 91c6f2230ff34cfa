// Used by the Node server before Astro sees a request; imports nothing so Node can run it as is.
import type { IncomingMessage } from "node:http";

/** The largest request body the site accepts; its forms send a few kilobytes at most. */
export const maxBodyBytes = 1024 * 1024;

export type BodyRead = { body: Buffer } | { tooLarge: true } | { aborted: true };

/**
 * Reads a request body into memory, but never more than `limit` bytes: a declared Content-Length
 * over the limit is refused before reading, a chunked body is counted while it streams and dropped
 * as soon as it passes the limit.
 */
export function readBodyWithin(request: IncomingMessage, limit = maxBodyBytes): Promise<BodyRead> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: BodyRead) => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
      request.off("aborted", onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > limit) {
        request.pause();
        finish({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ body: Buffer.concat(chunks, received) });
    const onError = () => finish({ aborted: true });
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
    request.on("aborted", onError);
  });
}
