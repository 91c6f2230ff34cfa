import http from "node:http";
import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, latestCode, signIn } from "./support";

const workspaces = [
  { email: demo.recruiter, own: "/werving", heading: "Werving", others: ["/plaatsing", "/beheer"] },
  { email: demo.placementWorker, own: "/plaatsing", heading: "Plaatsing", others: ["/werving", "/beheer"] },
  // An admin also reads along in Werving and the regional overview; campaign drafts and needs are not theirs.
  {
    email: demo.admin,
    own: "/beheer",
    heading: /Beheer/,
    others: ["/werving/campagnes", "/plaatsing/vragen"],
  },
];

for (const { email, own, heading, others } of workspaces) {
  test(`${email} signs in with the emailed code, lands in ${own} and is refused elsewhere`, async ({
    page,
  }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(own);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
    for (const path of others) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    }
  });
}

test("a workspace sends a signed-out visitor to sign in and back", async ({ page }) => {
  await page.goto("/plaatsing");
  await expect(page).toHaveURL(/\/inloggen\?next=%2Fplaatsing/);
  await signIn(page, demo.placementWorker);
  await expect(page).toHaveURL("/plaatsing");
});

test("a wrong code gets a Dutch message next to the field, and the right one still works", async ({
  page,
}) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(demo.recruiter);
  await page.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  const code = await latestCode(page, demo.recruiter);
  await page.getByLabel("Inlogcode").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Inloggen" }).click();
  const field = page.getByLabel("Inlogcode");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/klopt niet/);
  await expectNoAxeViolations(page);
  await field.fill(code);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL("/werving");
});

test("an invalid address keeps what was typed and explains the problem", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("jan@");
  await page.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  await expect(page.getByLabel("E-mailadres")).toHaveValue("jan@");
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(/geldig e-mailadres/);
});

test("an unknown address gets the same answer as a known one", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill("onbekend@example.nl");
  await page.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  await expect(page.getByRole("heading", { name: "Vul je inlogcode in" })).toBeVisible();
});

test("the magic link signs in after confirming with a button", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(demo.placementWorker);
  await page.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  const outbox = await (
    await page.request.get(`/dev/outbox?aan=${encodeURIComponent(demo.placementWorker)}`)
  ).text();
  const messageId = /\/dev\/outbox\/([0-9a-f-]{36})/.exec(outbox)?.[1];
  const mail = await (await page.request.get(`/dev/outbox/${messageId}`)).text();
  const link = /(http:\/\/[^\s<]+token_hash=[\w-]+)/.exec(mail)?.[1] ?? "";
  await page.goto(link);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL("/plaatsing");
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, demo.recruiter);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("heading", { name: "Je bent uitgelogd" })).toBeVisible();
  await page.goto("/werving");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("a tampered session cookie counts as signed out", async ({ page, context }) => {
  await signIn(page, demo.admin);
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === "openhuis_session");
  if (!session) throw new Error("no session cookie after signing in");
  expect(session.httpOnly).toBe(true);
  await context.addCookies([{ ...session, value: `${session.value.slice(0, -4)}AAAA` }]);
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("a signed-in visitor following a crafted next link stays on this site", async ({ page }) => {
  await signIn(page, demo.recruiter);
  for (const crafted of ["/..//evil.example/x", "/%2e%2e/%2fevil.example", "/%2e%2e//evil.example"]) {
    const response = await page.request.get(`/inloggen?next=${encodeURIComponent(crafted)}`, {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    expect(response.headers().location).toBe("/werving");
  }
  const response = await page.request.get("/inloggen?next=/..//evil.example/x", { maxRedirects: 0 });
  expect(response.headers().location).toBe("/werving");
});

test("a sign-in request sent with a forged Host header still mails a link to this site", async ({
  page,
  baseURL,
}) => {
  const email = "host-header@example.nl";
  const site = new URL(baseURL ?? "");
  // Playwright's request API sets Host itself, so this request goes out through node:http.
  const status = await new Promise<number>((resolve, reject) => {
    const body = new URLSearchParams({ email }).toString();
    const request = http.request(
      {
        host: site.hostname,
        port: site.port,
        method: "POST",
        path: "/_actions/signIn.requestCode",
        headers: {
          Host: "evil.example",
          Origin: "http://evil.example",
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
  expect(status).toBeLessThan(400);
  const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
  const messageId = /\/dev\/outbox\/([0-9a-f-]{36})/.exec(outbox)?.[1];
  const mail = await (await page.request.get(`/dev/outbox/${messageId}`)).text();
  expect(mail).not.toContain("evil.example");
  expect(mail).toContain(`${site.origin}/inloggen/bevestigen?token_hash=`);
});

test("a session cookie copied before signing out no longer signs in afterwards", async ({
  page,
  context,
}) => {
  await signIn(page, demo.recruiter);
  const copied = (await context.cookies()).find((cookie) => cookie.name === "openhuis_session");
  if (!copied) throw new Error("no session cookie after signing in");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("heading", { name: "Je bent uitgelogd" })).toBeVisible();
  await context.addCookies([copied]);
  await page.goto("/werving");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("asking for more codes than the limit says no new code was sent, for any address", async ({
  page,
  baseURL,
}) => {
  const email = `veel-codes.${Date.now()}@example.nl`;
  // The e2e server allows 100 codes per address per quarter of an hour.
  for (let request = 0; request < 100; request++) {
    const response = await page.request.post("/inloggen?_action=signIn.requestCode", {
      form: { email },
      headers: { Origin: baseURL ?? "" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
  }
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  await expect(page.getByRole("heading", { name: "Vul je inlogcode in" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`We hebben geen nieuwe code gestuurd naar ${email}`);
  await expectNoAxeViolations(page);

  // The first request for an address still says a code was sent.
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(`een-code.${Date.now()}@example.nl`);
  await page.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  await expect(page.getByRole("status")).toContainText("hebben we een e-mail gestuurd");
});
