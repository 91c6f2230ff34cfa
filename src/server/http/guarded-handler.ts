// The Node-level guard in front of Astro's handler; imports only files that import nothing, so Node
// runs it with type stripping (see serve.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBodyWithin } from "./body-limit.ts";
import { securityHeaders } from "./security-headers.ts";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const methodsWithoutBody = new Set(["GET", "HEAD"]);
/** Pages, files and actions use these only; Astro answers TRACE with a 500 and logs a stack trace. */
const allowedMethods = [...methodsWithoutBody, "POST"];

/**
 * Security headers on every response (Astro's standalone handler serves static files and
 * prerendered pages before any middleware runs), only the methods the site uses, and request bodies
 * of at most 1 MB, read here so Astro gets them from memory.
 */
export function guardRequests(handler: Handler, { production }: { production: boolean }): Handler {
  const headers = Object.entries(securityHeaders(production));
  return (request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    if (!allowedMethods.includes(request.method ?? "GET")) {
      refuseMethod(request, response);
      return;
    }
    if (methodsWithoutBody.has(request.method ?? "GET")) {
      handler(request, response);
      return;
    }
    readBodyWithin(request).then((read) => {
      if ("aborted" in read) {
        response.destroy();
      } else if ("tooLarge" in read) {
        refuseTooLarge(request, response);
      } else {
        // Astro's Node adapter takes a body already read from `request.body`.
        Object.assign(request, { body: read.body });
        handler(request, response);
      }
    });
  };
}

function refuseMethod(request: IncomingMessage, response: ServerResponse) {
  response.writeHead(405, {
    Allow: allowedMethods.join(", "),
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end("Deze methode gebruikt de site niet.\n");
  request.resume();
}

/** How long the rest of a refused body is read and dropped, so the client gets to read the 413. */
const drainMilliseconds = 2000;

function refuseTooLarge(request: IncomingMessage, response: ServerResponse) {
  response.writeHead(413, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end("Dit verzoek is te groot. Stuur hoogstens 1 MB.\n");
  // A client still sending would see a broken connection instead of the answer if it closed now.
  request.resume();
  const stopDraining = setTimeout(() => request.socket.destroy(), drainMilliseconds);
  request.once("end", () => clearTimeout(stopDraining));
  request.once("close", () => clearTimeout(stopDraining));
}
