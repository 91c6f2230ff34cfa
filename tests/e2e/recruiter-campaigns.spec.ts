import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { confirmAddress, demo, expectNoAxeViolations, signIn } from "./support";

test("a recruiter creates, previews and publishes a campaign; its cached, script-free page is in the sitemap, records its UTM tags on applications, and is gone when unpublished", async ({
  browser,
  page,
}) => {
  // The whole journey, from the empty form to an application and back offline, in one story.
  test.setTimeout(180_000);
  const slug = `pleegouder-in-bunnik-${Date.now()}`;
  await signIn(page, demo.recruiter);
  await page.goto("/werving");
  await page.getByRole("link", { name: "Campagnes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campagnes" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nieuwe campagne" }).click();

  // Bad input: a message at the field, linked to it, and nothing already typed lost.
  const intro =
    "Kinderen uit Bunnik die niet thuis kunnen wonen, zoeken een gezin in hun eigen dorp, dicht bij school en vrienden.";
  await page.getByRole("radio", { name: "Pleegouder" }).check();
  await page.getByLabel("Inleiding").fill(intro);
  await page.getByLabel("Webadres").fill("pleegouder-in-houten");
  await page.getByLabel("Gemeente (niet verplicht)").fill("Atlantis");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByLabel("Titel")).toHaveAttribute("aria-describedby", /\bfield-title-error\b/);
  await expect(page.locator("#field-title-error")).toContainText("Vul een titel in.");
  await expect(page.getByLabel("Inleiding")).toHaveValue(intro);
  await expectNoAxeViolations(page);

  await page.getByLabel("Titel").fill("Pleegouder worden in Bunnik");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.locator("#field-municipality-error")).toContainText("Deze gemeente kennen we niet");
  await page.getByLabel("Gemeente (niet verplicht)").fill("bunnik");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.locator("#field-slug-error")).toContainText("Dit webadres is al in gebruik");
  await expect(page.getByLabel("Titel")).toHaveValue("Pleegouder worden in Bunnik");
  await page.getByLabel("Webadres").fill(slug);
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Het concept is opgeslagen");
  await expect(page.getByText("Gebied: Bunnik.")).toBeVisible();
  await expectNoAxeViolations(page);
  const managePath = new URL(page.url()).pathname;

  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.request.get(`/actie/${slug}`)).status()).toBe(404);

  await page.getByRole("link", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pleegouder worden in Bunnik" })).toBeVisible();
  await expect(page.getByText("nog niet gepubliceerd")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Terug naar de campagne" }).click();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "QR-code downloaden als SVG" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`qr-${slug}.svg`);
  const svg = await readFile((await download.path()) ?? "", "utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
  expect(svg).toContain(`utm_medium=qr&amp;utm_campaign=${slug}`);
  const png = await page.request.get(`${managePath}/qr.png`);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString("ascii")).toBe("PNG");

  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De campagne staat online.");

  const qrLink = `/actie/${slug}?utm_source=openhuis&utm_medium=qr&utm_campaign=${slug}`;
  const published = await visitor.request.get(qrLink);
  expect(published.status()).toBe(200);
  expect(published.headers()["cache-control"]).toBe("public, max-age=300");
  const html = await published.text();
  expect(html).not.toContain("<script");
  expect(html).toMatch(/<meta property="og:image" content="[^"]+\/og\/foster\.png"/);
  expect(html).toContain('<meta property="og:title" content="Pleegouder worden in Bunnik"');
  expect((await visitor.request.get("/og/foster.png")).headers()["content-type"]).toBe("image/png");

  expect(await (await visitor.request.get("/sitemap-index.xml")).text()).toContain("/sitemap-acties.xml");
  expect(await (await visitor.request.get("/sitemap-acties.xml")).text()).toContain(`/actie/${slug}</loc>`);

  await visitor.goto(qrLink);
  await expect(visitor.getByText("Een campagne van Pleegzorg Utrecht Stad in Bunnik")).toBeVisible();
  await expectNoAxeViolations(visitor);
  const email = `actie.${Date.now()}@example.nl`;
  await visitor.getByRole("link", { name: "Direct aanmelden" }).first().click();
  await visitor.getByLabel("Voornaam").fill("Fenna");
  await visitor.getByLabel("Achternaam").fill("Mulder");
  await visitor.getByLabel("E-mailadres").fill(email);
  await visitor.getByLabel("Geboortedatum").fill("12-03-1985");
  await visitor.getByRole("button", { name: "Opslaan en verder" }).click();
  await confirmAddress(visitor, email);
  await expect(visitor.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
  const data = await (await visitor.request.get("/mijn/gegevens.json")).json();
  expect(data.application.source).toBe(`actie/${slug}`);
  expect(data.application.utm).toEqual({ utm_source: "openhuis", utm_medium: "qr", utm_campaign: slug });
  // Signed in, the page names the visitor: no cache may keep it.
  expect((await visitor.request.get(qrLink)).headers()["cache-control"]).toBe("no-store");

  await page.getByRole("button", { name: "Offline halen" }).click();
  await expect(page.getByRole("status")).toContainText("De campagne staat niet meer online.");
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.request.get(qrLink)).status()).toBe(404);
  expect(await (await anonymous.request.get("/sitemap-acties.xml")).text()).not.toContain(`/actie/${slug}<`);
});

test("a recruiter of another organisation gets the 404 page for a campaign and its QR code", async ({
  page,
}) => {
  await signIn(page, demo.recruiter);
  await page.goto("/werving/campagnes");
  await page.getByRole("link", { name: "Pleegouder worden in Houten" }).click();
  const managePath = new URL(page.url()).pathname;

  const other = await (await page.context().browser()?.newContext())?.newPage();
  if (!other) throw new Error("no second browser context");
  await signIn(other, "werver.heuvelrug@openhuis.test");
  expect((await other.goto(managePath))?.status()).toBe(404);
  await expect(other.locator("main")).not.toContainText("Pleegouder worden in Houten");
  expect((await other.request.get(`${managePath}/qr.svg`)).status()).toBe(404);
  expect((await other.request.get(`${managePath}/voorbeeld`)).status()).toBe(404);
  await other.goto("/werving/campagnes");
  await expect(other.getByRole("link", { name: "Pleegouder worden in Houten" })).toHaveCount(0);
});

test("a recruiter picks two parents' stories for a campaign; its preview and published page show exactly those, in the listed order", async ({
  browser,
  page,
}) => {
  const slug = `steunouder-verhalen-${Date.now()}`;
  const marieke = "“Van ons huis ons werk maken was de beste keuze”";
  const ruud = "“Eén weekend per maand, en toch maakt het verschil”";
  const sanne = "“Ze kon gewoon op haar eigen school blijven”";
  await signIn(page, demo.recruiter);
  await page.goto("/werving/campagnes/nieuw");
  await page.getByRole("radio", { name: "Steunouder" }).check();
  await page.getByLabel("Titel").fill("Steunouder worden in Zeist");
  await page.getByLabel("Webadres").fill(slug);
  await page
    .getByLabel("Inleiding")
    .fill("Gezinnen in Zeist zoeken iemand die één weekend per maand een kind opvangt.");
  const stories = page.getByRole("group", { name: "Ervaringsverhalen (niet verplicht)" });
  // Ticked in the other order than the list shows them: the page keeps the list's order.
  await stories.getByRole("checkbox", { name: ruud }).check();
  await stories.getByRole("checkbox", { name: marieke }).check();
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Het concept is opgeslagen");
  await expect(stories.getByRole("checkbox", { name: marieke })).toBeChecked();
  await expect(stories.getByRole("checkbox", { name: ruud })).toBeChecked();
  await expect(stories.getByRole("checkbox", { name: sanne })).not.toBeChecked();
  await expectNoAxeViolations(page);

  const shownStories = (on: typeof page) =>
    on
      .getByRole("main")
      .getByRole("region", { name: "Ervaringsverhalen" })
      .getByRole("heading", { level: 3 });
  await page.getByRole("link", { name: "Voorbeeld bekijken" }).click();
  await expect(shownStories(page)).toHaveText([marieke, ruud]);
  await page.getByRole("link", { name: "Terug naar de campagne" }).click();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De campagne staat online.");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/actie/${slug}`);
  await expect(shownStories(visitor)).toHaveText([marieke, ruud]);
  await expect(visitor.getByRole("main").getByText("Verzonnen voorbeeld").first()).toBeVisible();
  await expectNoAxeViolations(visitor);

  // Untick one: the published page follows at once.
  await stories.getByRole("checkbox", { name: marieke }).uncheck();
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("De wijzigingen zijn opgeslagen");
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(`/actie/${slug}`);
  await expect(shownStories(fresh)).toHaveText([ruud]);
});
