import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

// A demo household (src/server/seed/demo-households.ts): a family home with three places, none free.
const household = { email: "gezin-u-0004@voorbeeld.test", label: "Gezinshuis U-0004" };

test("a recruiter confirms a stale household in one click and changes another's availability", async ({
  browser,
  page,
}) => {
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter, "/werving/aanbod?toon=niet-bevestigd");
  await expect(page.getByRole("heading", { level: 1, name: "Aanbod en beschikbaarheid" })).toBeVisible();
  await expectNoAxeViolations(page);

  const staleRows = page
    .getByRole("table", { name: "Gezinnen, langst niet bevestigd eerst" })
    .getByRole("row");
  const first = staleRows.nth(1);
  await expect(first).toContainText("Niet bevestigd sinds");
  const label = ((await first.getByRole("rowheader").textContent()) ?? "").trim();
  await first.getByRole("button", { name: `Klopt nog voor ${label}` }).click();
  await expect(page.getByRole("status")).toHaveText("De beschikbaarheid is bevestigd.");
  // The page comes back with every household; the one just confirmed is no longer marked.
  const confirmedRow = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await expect(confirmedRow).toContainText("Bevestigd op");
  await expect(confirmedRow).not.toContainText("Niet bevestigd sinds");

  await page.goto("/werving/aanbod");
  await page.getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
  await expect(page.getByText(/^Bevestigd op .*\(door jou\)/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A second tab still shows the old version: its confirmation is refused, not silently applied.
  const staleTab = await page.context().newPage();
  await staleTab.goto(page.url());
  await page.getByLabel("Vrije plekken").fill("99");
  await page.getByLabel("Beschikbaar vanaf (niet verplicht)").fill("2027-03-01");
  await page.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByRole("alert")).toContainText("Vrije plekken: Een gezin heeft hoogstens 12 plekken.");
  await expect(page.getByLabel("Beschikbaar vanaf (niet verplicht)")).toHaveValue("2027-03-01");
  await page.getByLabel("Vrije plekken").fill("0");
  await page.getByLabel("Gepauzeerd").check();
  await page.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De beschikbaarheid is gewijzigd.");
  await expect(page.locator(".utrecht-paragraph--lead")).toContainText("Gepauzeerd");

  await staleTab.getByRole("button", { name: /^Klopt nog/ }).click();
  await expect(staleTab.getByRole("alert")).toContainText("Je hebt de beschikbaarheid op");
  await expect(staleTab.getByRole("alert")).toContainText("al bijgewerkt");

  // Another organisation's recruiter does not find the household at all.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "werver.heuvelrug@openhuis.test");
  const response = await other.goto(page.url());
  expect(response?.status()).toBe(404);
  await expect(other.getByText(label)).toHaveCount(0);
  expect(policyViolations).toEqual([]);
});

test("a household confirms and changes its own availability at /mijn", async ({ page }) => {
  await signIn(page, household.email, "/mijn");
  await expect(page.getByRole("heading", { name: "Jullie beschikbaarheid als gezin" })).toBeVisible();
  await expect(page.getByRole("heading", { name: household.label })).toBeVisible();
  await expect(page.getByText("We hebben nog geen aanmelding met dit e-mailadres")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: `Klopt nog voor ${household.label}` }).click();
  await expect(page.getByRole("status")).toHaveText("Bedankt: jullie beschikbaarheid is bevestigd.");

  await page.getByRole("link", { name: `Wijzigen voor ${household.label}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beschikbaarheid wijzigen" })).toBeVisible();
  await page.getByLabel("Vrije plekken").fill("2");
  await page.getByLabel("Beschikbaar vanaf (niet verplicht)").fill("2027-02-01");
  await page.getByLabel("Beschikbaar tot en met (niet verplicht)").fill("2027-01-01");
  await page.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Beschikbaar tot en met: De einddatum ligt voor de begindatum.",
  );
  await expect(page.getByLabel("Beschikbaar tot en met (niet verplicht)")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectNoAxeViolations(page);
  await page.getByLabel("Beschikbaar tot en met (niet verplicht)").fill("");
  await page.getByRole("button", { name: "Wijziging opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Bedankt: jullie beschikbaarheid is gewijzigd.");
  await expect(page.getByText("2 van 3")).toBeVisible();
});

test("a placement worker sees the regional overview and downloads it as CSV", async ({ page }) => {
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.placementWorker, "/plaatsing");
  await expect(page.getByText("Regionaal overzicht: Regio Midden-Nederland")).toBeVisible();
  const table = page.getByRole("table", { name: "Vrije plekken en open vragen per gemeente en zorgvorm" });
  await expect(table.getByRole("row", { name: /Utrecht/ }).first()).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Langdurig: \d+ vrije plekken, \d+ kinderen wachten/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Dagen sinds de vraag is ingediend, voor vragen die nog openstaan" }),
  ).toContainText("Alle zorgvormen");
  await expect(page.getByRole("table", { name: "Plaatsingen in de afgelopen 12 maanden" })).toContainText(
    "Alle zorgvormen",
  );
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tabel downloaden als CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^vrije-plekken-en-vragen-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe(
    "Gemeente;Zorgvorm;Gezinnen met vrije plek;Vrije plekken;Waarvan niet bevestigd;Open plaatsingsvragen;Kinderen",
  );
  expect(lines.length).toBe((await table.locator("tbody tr").count()) + 1);

  // Recruiters do not get the region's figures, nor the download.
  await page.context().clearCookies();
  await signIn(page, demo.recruiter);
  const refused = await page.request.post("/plaatsing/overzicht.csv", {
    form: { regio: "" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).not.toContain("text/csv");
  expect(policyViolations).toEqual([]);
});
