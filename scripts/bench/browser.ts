// A browser as far as the server can tell: a cookie jar, the Origin header forms send, redirects
// followed one by one, and its own network address (X-Forwarded-For, with TRUST_PROXY on the server).

export class BenchError extends Error {}

export class Browser {
  private readonly cookies = new Map<string, string>();

  private readonly base: string;
  private readonly address: string;

  constructor(base: string, address: string) {
    this.base = base;
    this.address = address;
  }

  /** What this browser sends with a plain GET: its cookies and its address. */
  requestHeaders(): Record<string, string> {
    return this.headers();
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return { "x-forwarded-for": this.address, ...(cookie ? { cookie } : {}), ...extra };
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some(
        (attribute) =>
          /^\s*max-age=0\s*$/i.test(attribute) ||
          (/^\s*expires=/i.test(attribute) && Date.parse(attribute.split("=")[1]) < Date.now()),
      );
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** GET a page, following redirects; returns the final address and body. */
  async get(path: string): Promise<{ url: string; body: string }> {
    let url = new URL(path, this.base).toString();
    for (let hop = 0; hop < 5; hop++) {
      const response = await fetch(url, { headers: this.headers(), redirect: "manual" });
      this.keep(response);
      const body = await response.text();
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).toString();
        continue;
      }
      if (response.status !== 200) throw new BenchError(`GET ${new URL(url).pathname} → ${response.status}`);
      return { url, body };
    }
    throw new BenchError(`GET ${path}: too many redirects`);
  }

  /** POSTs a form as a browser does (urlencoded, with Origin), then follows the redirect to the page shown. */
  async post(path: string, fields: [string, string][]): Promise<{ url: string; body: string }> {
    const url = new URL(path, this.base).toString();
    const response = await fetch(url, {
      method: "POST",
      headers: this.headers({
        origin: new URL(this.base).origin,
        "content-type": "application/x-www-form-urlencoded",
      }),
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
    });
    this.keep(response);
    const body = await response.text();
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location)
      return this.get(new URL(location, url).toString());
    if (response.status !== 200) throw new BenchError(`POST ${new URL(url).pathname} → ${response.status}`);
    return { url, body };
  }
}

/** The hidden fields of the form that posts to `action`, as the page rendered them. */
export function hiddenFields(html: string, action: string): [string, string][] {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new BenchError(`no form for ${action}`);
  const form = html.slice(start, html.indexOf("</form>", start));
  return [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map(
    (match) => [match[1], decodeEntities(match[2])] as [string, string],
  );
}

const decodeEntities = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');
