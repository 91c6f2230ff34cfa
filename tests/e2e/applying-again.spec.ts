import { expect, type Page, test } from "@playwright/test";
import { confirmAddress, expectNoAxeViolations } from "./support";

/** Step 1 and the emailed code: a draft of one's own, signed in, at step 2. */
async function startDraft(page: Page, email: string) {
  await page.goto("/aanmelden");
  await page.getByLabel("Voornaam").fill("Lotte");
  await page.getByLabel("Achternaam").fill("Terug");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Geboortedatum").fill("15-03-1985");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await confirmAddress(page, email);
  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
}

const outboxFor = async (page: Page, email: string) =>
  (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();

test("the application's progress steps do not look like links unless they are links", async ({ page }) => {
  await startDraft(page, `stappen.${Date.now()}@example.nl`);
  const steps = page.getByRole("navigation", { name: "Voortgang van je aanmelding" }).getByRole("listitem");
  await expect(steps).toHaveCount(6);
  for (const step of await steps.all()) {
    if ((await step.getByRole("link").count()) > 0) continue;
    const decoration = await step.evaluate((item) => getComputedStyle(item).textDecorationLine);
    expect(decoration, (await step.textContent()) ?? "").toBe("none");
  }
});

test("someone who withdrew is mailed, may let us keep their data, and applies again with the same address", async ({
  page,
}) => {
  const email = `opnieuw.${Date.now()}@example.nl`;
  await startDraft(page, email);

  await page.goto("/mijn");
  await page.getByLabel("Ja, ik wil mijn aanmelding intrekken").check();
  await page.getByRole("button", { name: "Aanmelding intrekken" }).click();
  await expect(page.getByRole("status")).toContainText("We hebben je een bevestiging gemaild.");
  expect(await outboxFor(page, email)).toContain("Je aanmelding is ingetrokken");

  // The privacy statement's "keep a year with consent", offered after withdrawing too.
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Je gegevens bewaren" })).toBeVisible();
  await main.getByRole("button", { name: "Ja, bewaar mijn gegevens hoogstens 1 jaar" }).click();
  await expect(page.getByRole("status")).toContainText("We bewaren je gegevens hoogstens 1 jaar");
  await expect(main.getByRole("button", { name: "Trek mijn toestemming in" })).toBeVisible();
  await expectNoAxeViolations(page);

  await main.getByRole("button", { name: "Opnieuw aanmelden" }).click();
  // The answers given are kept: the first open step is the household.
  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
  await page.goto("/aanmelden/over-jou");
  await expect(page.getByLabel("Voornaam")).toHaveValue("Lotte");

  await page.goto("/mijn");
  await expect(main).toContainText("Je aanmelding is nog niet verstuurd.");
  await expect(main.getByRole("button", { name: "Opnieuw aanmelden" })).toHaveCount(0);
  await expect(main.getByRole("button", { name: "Aanmelding intrekken" })).toBeVisible();
});
