import { expect, test } from "@playwright/test";
import { confirmAddress } from "./support";

test.use({ javaScriptEnabled: false });

test("the application can be completed and sent without JavaScript", async ({ page }) => {
  const email = `zonderjs.${Date.now()}@example.nl`;
  await page.goto("/aanmelden");
  await page.getByLabel("Voornaam").fill("Lotte");
  await page.getByLabel("Achternaam").fill("Jansen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Geboortedatum").fill("02-05-1979");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await confirmAddress(page, email);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Gezinshuisouder", { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Postcode").fill("3701 AA");
  await page.getByLabel("Huisnummer en toevoeging").fill("3");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Wanneer en hoeveel tijd ben je beschikbaar?").fill("Fulltime, vanaf volgend jaar.");
  await page.getByLabel("Anders").check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();
});
