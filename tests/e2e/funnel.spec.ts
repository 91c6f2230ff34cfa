import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./support";

async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test("a recruiter reads the funnel, filters it in the URL and downloads a table as CSV", async ({ page }) => {
  await signIn(page, demo.recruiter, "/werving");
  await page.getByRole("link", { name: "Stuurinformatie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stuurinformatie werving" })).toBeVisible();
  const stages = page.getByRole("table", { name: /^Aanmeldingen per fase/ });
  await expect(stages.getByRole("rowheader", { name: "Screening" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Aanmeldingen per bereikte fase/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Gestopt, afgewezen of on hold, per reden" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Wil worden", { exact: true }).selectOption({ label: "Steunouder" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/ouder=support/);
  const perType = page.getByRole("table", { name: /^Per soort ouderschap/ });
  // Everyone counted wants to be a support parent; who also wants to foster counts under both.
  await expect(perType.getByRole("rowheader", { name: "Steunouder" })).toBeVisible();
  const supportSent = await perType
    .getByRole("row", { name: /^Steunouder/ })
    .getByRole("cell")
    .first()
    .textContent();
  await expect(
    stages
      .getByRole("row", { name: /^Aanmelding/ })
      .getByRole("cell")
      .first(),
  ).toHaveText(supportSent ?? "");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Download ‘Aanmeldingen per fase/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^openhuis-stuurinformatie-fasen-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Fase;Bereikt;Door naar de volgende fase;Conversie (%);Mediaan dagen in de fase");
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.some((line) => line.startsWith("Screening;"))).toBe(true);
});

test("malformed filters get a Dutch message, and a download without rows gets a page instead of a file", async ({
  page,
}) => {
  await signIn(page, demo.recruiter);
  await page.goto("/werving/stuurinformatie?van=januari&ouder=kat&organisatie=niet-een-id");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Vul bij ‘van’ een maand in als 2026-01");
  await expect(alert).toContainText("Dat soort ouderschap bestaat niet");
  await expect(alert).toContainText("Die organisatie bestaat niet");
  await expect(page.getByLabel("Wil worden", { exact: true })).toHaveAttribute(
    "aria-describedby",
    "ouder-fout",
  );
  await expectNoAxeViolations(page);

  await page.goto("/werving/stuurinformatie?bron=geen-enkele-bron-heet-zo");
  await expect(
    page.getByText("Geen verstuurde aanmeldingen in deze periode met deze filters."),
  ).toBeVisible();
  await page.getByRole("link", { name: /^Download ‘Aanmeldingen per fase/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Niets om te downloaden" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("er is geen CSV-bestand gemaakt");
  await expectNoAxeViolations(page);

  await page.goto("/werving?zoek=niemand-heet-zo");
  await page.getByRole("link", { name: "Download deze aanmeldingen als CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Niets om te downloaden" })).toBeVisible();
});

test("the pipeline's filtered table downloads as CSV with the shown columns", async ({ page }) => {
  await signIn(page, demo.recruiter, "/werving?fase=screening");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download deze aanmeldingen als CSV" }).click();
  const csv = await readFile(await (await downloading).path(), "utf8");
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "Naam;Referentie;Woonplaats;Wil worden;Fase;Status;Bron;Aangemeld;Dagen geen activiteit;Toegewezen aan;Volgende actie;Uiterlijk",
  );
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.split(";")[4] === "Screening")).toBe(true);
});

test("an admin sees the whole region; the funnel fits a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.admin, "/werving/stuurinformatie");
  await expect(page.getByLabel("Organisatie", { exact: true })).toContainText("Alle (3)");
  expect(await overflowsSideways(page)).toBe(false);
  await expectNoAxeViolations(page);
});
