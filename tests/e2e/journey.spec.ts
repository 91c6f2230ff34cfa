import { expect, test } from "@playwright/test";
import { confirmAddress, expectNoAxeViolations } from "./support";

test("from a campaign page to an information evening, an application and Mijn aanmelding", async ({
  page,
}) => {
  const email = `reis.${Date.now()}@example.nl`;
  await page.goto("/pleegouder-worden?utm_source=nieuwsbrief&utm_campaign=najaar");
  await page.getByRole("link", { name: "Meld je aan voor een informatiebijeenkomst" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Informatiebijeenkomsten" })).toBeVisible();
  await page.locator("main ul a[href^='/informatiebijeenkomsten/']").first().click();
  const eveningTitle = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  await page.getByLabel("Voornaam").fill("Joost");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Je bent aangemeld|Je staat op de wachtlijst/ }),
  ).toBeVisible();

  await page.goto("/pleegouder-worden?utm_source=nieuwsbrief&utm_campaign=najaar");
  await page.getByRole("link", { name: "Direct aanmelden" }).first().click();
  await expect(page.getByText("Stap 1 van 6: Over jou")).toBeVisible();
  await page.getByLabel("Voornaam").fill("Joost");
  await page.getByLabel("Achternaam").fill("Bakker");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Geboortedatum").fill("07-07-1982");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  // Registering for the evening made no application; every applicant confirms their address here.
  await confirmAddress(page, email);
  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Pleegouder", { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Postcode").fill("3583 AA");
  await page.getByLabel("Huisnummer en toevoeging").fill("1");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Wanneer en hoeveel tijd ben je beschikbaar?").fill("Weekenden en vakanties.");
  await page.getByLabel("Informatiebijeenkomst").check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();

  await page.getByRole("link", { name: "Mijn aanmelding" }).first().click();
  await expect(page).toHaveURL("/mijn");
  await expect(page.getByRole("heading", { name: "Je afspraken" })).toBeVisible();
  await expect(page.locator("main")).toContainText(eveningTitle);
  await expectNoAxeViolations(page);

  const data = await (await page.request.get("/mijn/gegevens.json")).json();
  expect(data.application.utm).toMatchObject({ utm_source: "nieuwsbrief", utm_campaign: "najaar" });
  expect(data.informationEvenings).toHaveLength(1);
  expect(data.application.stageHistory.map((entry: { stage: string }) => entry.stage)).toEqual([
    "interest",
    "information_evening",
    "application",
  ]);
});
