const formTypes = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);
const methodsWithoutBody = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Checks a request body before any page or action parses it, so a body nobody can read is the
 * caller's mistake (415 for a type the site does not take, 400 for broken content) rather than a
 * server error: the site takes forms and, for actions called from scripts, JSON.
 */
export async function refuseUnreadableBody(request: Request): Promise<Response | undefined> {
  if (methodsWithoutBody.has(request.method)) return undefined;
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  const contentType = request.headers.get("content-type");
  if (!contentType) return bytes.byteLength === 0 ? undefined : refusal(415);
  const mediaType = contentType.split(";")[0].trim().toLowerCase();
  if (mediaType === "application/x-www-form-urlencoded") {
    return readsAsUrlencoded(bytes) ? undefined : refusal(400);
  }
  if (mediaType === "multipart/form-data") {
    return (await readsAsMultipart(request)) ? undefined : refusal(400);
  }
  if (mediaType === "application/json") {
    return readsAsJson(bytes) ? undefined : refusal(400);
  }
  return formTypes.has(mediaType) ? undefined : refusal(415);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function readsAsUrlencoded(bytes: Uint8Array): boolean {
  const text = strictUtf8(bytes);
  if (text === undefined) return false;
  try {
    // URLSearchParams silently keeps broken escapes; decodeURIComponent refuses them and invalid UTF-8.
    for (const part of text.split(/[&=]/)) decodeURIComponent(part.replaceAll("+", " "));
    return true;
  } catch {
    return false;
  }
}

async function readsAsMultipart(request: Request): Promise<boolean> {
  try {
    const form = await request.clone().formData();
    // The parser replaces bytes that are not UTF-8 with U+FFFD instead of failing.
    return [...form.values()].every((value) => typeof value !== "string" || !value.includes("\uFFFD"));
  } catch {
    return false;
  }
}

function readsAsJson(bytes: Uint8Array): boolean {
  const text = strictUtf8(bytes);
  if (text === undefined) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function refusal(status: 400 | 415): Response {
  const message =
    status === 415
      ? "Dit soort inhoud nemen we niet aan. Verstuur het formulier vanaf de website."
      : "We konden dit verzoek niet lezen. Verstuur het formulier opnieuw vanaf de website.";
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
