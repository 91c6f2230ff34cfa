import { request as httpRequest } from "node:http";
import { type APIResponse, expect, test } from "@playwright/test";
import { demo, latestCode, signIn, watchPolicyViolations } from "./support";

const site = `http://127.0.0.1:${process.env.E2E_PORT ?? 4322}`;
const formType = { "Content-Type": "application/x-www-form-urlencoded", Origin: site };
const aboutYouAction = "/aanmelden/over-jou?_action=application.aboutYou";

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, what).toContain("frame-ancestors 'none'");
  const scripts = directive(policy, "script-src") ?? directive(policy, "default-src");
  expect(scripts, what).toBeDefined();
  expect(scripts, what).not.toContain("unsafe-inline");
  expect(scripts, what).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // The test server is not production: no HSTS for a plain-HTTP host.
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

const expectNoStore = (response: APIResponse, what: string) =>
  expect(response.headers()["cache-control"], what).toContain("no-store");

test.describe("headers on every response", () => {
  test("pages, prerendered pages, static files, redirects, errors and action answers", async ({
    request,
  }) => {
    const home = await request.get("/");
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(await home.text())?.[1];
    expect(stylesheet).toBeDefined();
    const visits: [string, Promise<APIResponse>, number][] = [
      ["home", Promise.resolve(home), 200],
      ["prerendered campaign page", request.get("/pleegouder-worden"), 200],
      ["static asset", request.get(stylesheet ?? ""), 200],
      ["favicon", request.get("/favicon.svg"), 200],
      ["robots.txt", request.get("/robots.txt"), 200],
      ["unknown page", request.get("/bestaat-niet"), 404],
      ["redirect to sign in", request.get("/mijn", { maxRedirects: 0 }), 302],
      ["the error page asked for directly", request.get("/500"), 404],
      [
        "action with an error",
        request.post("/inloggen?_action=signIn.requestCode", { headers: formType, data: "email=" }),
        400,
      ],
      [
        "refused body",
        request.post(aboutYouAction, { headers: { ...formType, "Content-Type": "text/plain" }, data: "x" }),
        415,
      ],
    ];
    for (const [what, pending, status] of visits) {
      const response = await pending;
      expect(response.status(), what).toBe(status);
      expectSecurityHeaders(response, what);
    }
  });

  test("no-store on everything that shows a person or a session, 403 included", async ({ page }) => {
    const anonymous = [
      ["application step", await page.request.get("/aanmelden/over-jou")],
      ["sign-in page", await page.request.get("/inloggen")],
      ["redirect to sign in", await page.request.get("/mijn", { maxRedirects: 0 })],
      [
        "action answer",
        await page.request.post("/inloggen?_action=signIn.requestCode", {
          headers: formType,
          data: "email=",
        }),
      ],
      ["dev outbox", await page.request.get("/dev/outbox")],
    ] as const;
    for (const [what, response] of anonymous) expectNoStore(response, what);

    await signIn(page, demo.placementWorker);
    const signedIn = [
      ["own workspace", await page.request.get("/plaatsing")],
      ["my page", await page.request.get("/mijn", { maxRedirects: 0 })],
      ["my data download", await page.request.get("/mijn/gegevens.json", { maxRedirects: 0 })],
    ] as const;
    for (const [what, response] of signedIn) {
      expectNoStore(response, what);
      expectSecurityHeaders(response, what);
    }
    const refused = await page.request.get("/werving");
    expect(refused.status()).toBe(403);
    expectSecurityHeaders(refused, "403");
    expectNoStore(refused, "403");
  });
});

/** Collects what the browser reports about the Content-Security-Policy while the test browses. */
test("the pages the other tests visit work under the policy, without violations", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  for (const path of [
    "/",
    "/pleegouder-worden",
    "/kan-ik-helpen",
    "/en/can-i-help",
    "/informatiebijeenkomsten",
    "/aanmelden/over-jou",
    "/inloggen",
    "/bestaat-niet",
  ]) {
    await page.goto(path);
    // The linked stylesheet applied: the body is not in the browser's default serif font.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), path).not.toBe(
      '"Times New Roman"',
    );
  }
  await page.goto("/aanmelden/over-jou");
  await page.getByRole("button", { name: "Opslaan en verder" }).first().click();
  await expect(page.getByText("Vul je voornaam in.").first()).toBeVisible();

  await page.goto("/informatiebijeenkomsten");
  await page.getByRole("link", { name: "Informatieavond pleegzorg Utrecht" }).first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Informatieavond pleegzorg Utrecht" }),
  ).toBeVisible();

  await signIn(page, demo.admin);
  for (const path of [
    "/plaatsing",
    "/beheer",
    "/werving",
    "/werving/informatiebijeenkomsten",
    "/werving/informatiebijeenkomsten/nieuw",
    "/mijn",
  ]) {
    await page.goto(path);
  }
  // The outbox previews a mail (with its inline styles) in a sandboxed frame.
  await latestCode(page, demo.admin);
  await page.goto(`/dev/outbox?aan=${encodeURIComponent(demo.admin)}`);
  await page
    .getByRole("link", { name: /inlogcode/i })
    .first()
    .click();
  await expect(
    page
      .frameLocator("iframe")
      .getByText(/inlogcode/i)
      .first(),
  ).toBeVisible();
  expect(violations).toEqual([]);
});

test("a page in someone else's frame is refused", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  await page.setContent(`<iframe src="${site}/" title="x"></iframe>`);
  await page.waitForTimeout(500);
  const framed = page.frames().find((frame) => frame.url().startsWith(site));
  expect(
    (await framed
      ?.locator("h1")
      .count()
      .catch(() => 0)) ?? 0,
  ).toBe(0);
  expect(violations.join("\n")).toMatch(/frame-ancestors|Refused to (display|frame)/);
});

test.describe("request bodies", () => {
  test("a body over 1 MB is refused with 413 before it is read, chunked or not, and the server carries on", async () => {
    const declared = await fetch(`${site}${aboutYouAction}`, {
      method: "POST",
      headers: formType,
      body: `firstName=${"a".repeat(2 * 1024 * 1024)}`,
    });
    expect(declared.status).toBe(413);
    expect(await declared.text()).toContain("te groot");

    // Up to 1 GB in 1 MB chunks without Content-Length: the 413 arrives while the client is still
    // sending (node:http reports a response as soon as its head arrives, unlike fetch).
    const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let chunks = 0;
      const request = httpRequest(`${site}${aboutYouAction}`, { method: "POST", headers: formType });
      request.on("response", (response) => {
        resolve({ status: response.statusCode ?? 0, sent: chunks });
        response.resume();
        request.destroy();
      });
      // After the answer, the error of the destroyed request no longer counts.
      request.on("error", reject);
      // One chunk per turn of the event loop, so the answer is seen as soon as it arrives.
      const pump = () => {
        if (request.destroyed) return;
        if (chunks >= 1000) return void request.end();
        chunks++;
        if (request.write(new Uint8Array(1024 * 1024).fill(97))) setImmediate(pump);
        else request.once("drain", pump);
      };
      pump();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(1000);

    expect((await fetch(`${site}/`)).status).toBe(200);
  });

  test("a big field under the limit gets a message, and is not sent back whole", async () => {
    const typed = "a".repeat(900 * 1024);
    const response = await fetch(`${site}${aboutYouAction}`, {
      method: "POST",
      headers: formType,
      body: `firstName=${typed}&lastName=de+Vries&email=sanne%40example.nl&dateOfBirth=15-03-1985`,
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Voornaam mag hoogstens 100 tekens lang zijn.");
    expect(page.length).toBeLessThan(50 * 1024);
  });

  test("bodies nobody can read get 400 or 415, never a 500 or a stack trace", async () => {
    const cases: [string, string, BodyInit, number][] = [
      ["plain text", "text/plain", "hello", 415],
      ["no type", "", "hello", 415],
      [
        "broken multipart",
        "multipart/form-data; boundary=xyz",
        '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nbroken',
        400,
      ],
      ["multipart without boundary", "multipart/form-data", "--xyz--", 400],
      [
        "broken percent-encoding",
        "application/x-www-form-urlencoded",
        "firstName=%E0%A4%A&lastName=%ZZ",
        400,
      ],
      ["percent-encoded invalid UTF-8", "application/x-www-form-urlencoded", "firstName=%FF%FE", 400],
      [
        "raw invalid UTF-8",
        "application/x-www-form-urlencoded",
        new Uint8Array([0x61, 0x3d, 0xff, 0xfe]),
        400,
      ],
    ];
    for (const [what, contentType, body, status] of cases) {
      const response = await fetch(`${site}${aboutYouAction}`, {
        method: "POST",
        headers: contentType ? { "Content-Type": contentType, Origin: site } : { Origin: site },
        body,
      });
      expect(response.status, what).toBe(status);
      const text = await response.text();
      expect(text, what).not.toMatch(/\bat .+:\d+:\d+/);
      expect(text, what).not.toContain("TypeError");
    }
    const json = await fetch(`${site}/_actions/signIn.requestCode`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: site },
      body: "{bad",
    });
    expect(json.status).toBe(400);
  });

  test("a NUL byte in a field gets a Dutch message next to the field, not a 500", async () => {
    for (const [path, body] of [
      [
        aboutYouAction,
        "firstName=San%00ne&lastName=de+Vries&email=sanne%40example.nl&dateOfBirth=15-03-1985",
      ],
      ["/inloggen?_action=signIn.requestCode", "email=sanne%00%40example.nl"],
    ]) {
      const response = await fetch(`${site}${path}`, { method: "POST", headers: formType, body });
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain("Dit veld bevat tekens die we niet kunnen opslaan.");
    }
  });
});

test("methods the site does not use get 405 with the ones it does, never a 500 or a page", async () => {
  const answer = (method: string, path: string) =>
    new Promise<{ status: number; allow?: string; cache?: string; body: string }>((resolve, reject) => {
      const request = httpRequest(`${site}${path}`, { method, headers: { Origin: site } });
      request.on("response", (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            allow: response.headers.allow,
            cache: response.headers["cache-control"],
            body,
          }),
        );
      });
      request.on("error", reject);
      request.end();
    });
  for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
    for (const path of ["/", "/werving/export", "/inloggen?_action=signIn.requestCode"]) {
      const { status, allow, cache, body } = await answer(method, path);
      expect(status, `${method} ${path}`).toBe(405);
      expect(allow, `${method} ${path}`).toBe("GET, HEAD, POST");
      expect(cache, `${method} ${path}`).toBe("no-store");
      expect(body, `${method} ${path}`).toBe("Deze methode gebruikt de site niet.\n");
    }
  }
  expect((await answer("HEAD", "/")).status).toBe(200);
});

test("the dev outbox is there in the test setup: mail stays in the outbox and the server listens on 127.0.0.1", async ({
  request,
}) => {
  const outbox = await request.get("/dev/outbox");
  expect(outbox.status()).toBe(200);
  await expect(outbox.text()).resolves.toContain("Outbox");
});
