import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEmail {
  headers: IncomingHttpHeaders;
  body: { from: string; to: string[]; subject: string; html: string; text: string; attachments?: unknown[] };
}

/** A local stand-in for Resend's POST /emails with its real response and error shapes. */
export async function startResendFake() {
  const received: ReceivedEmail[] = [];
  const seenKeys = new Map<string, string>();
  let failuresToSimulate = 0;

  const server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => {
      raw += chunk;
    });
    request.on("end", () => {
      response.setHeader("content-type", "application/json");
      if (request.method !== "POST" || request.url !== "/emails") {
        response
          .writeHead(404)
          .end(JSON.stringify({ statusCode: 404, name: "not_found", message: "Not found" }));
        return;
      }
      if (request.headers.authorization !== "Bearer re_test_key") {
        response.writeHead(401).end(
          JSON.stringify({
            statusCode: 401,
            name: "missing_api_key",
            message: "Missing API key in the authorization header.",
          }),
        );
        return;
      }
      if (failuresToSimulate > 0) {
        failuresToSimulate--;
        response.writeHead(500).end(
          JSON.stringify({
            statusCode: 500,
            name: "internal_server_error",
            message: "An unexpected error occurred.",
          }),
        );
        return;
      }
      const key = request.headers["idempotency-key"];
      const existing = typeof key === "string" ? seenKeys.get(key) : undefined;
      if (existing) {
        response.writeHead(200).end(JSON.stringify({ id: existing }));
        return;
      }
      const id = randomUUID();
      if (typeof key === "string") seenKeys.set(key, id);
      received.push({ headers: request.headers, body: JSON.parse(raw) });
      response.writeHead(200).end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext(times: number) {
      failuresToSimulate = times;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
