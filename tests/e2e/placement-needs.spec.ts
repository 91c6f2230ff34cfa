import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

const isoInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a placement worker records a need, sees candidates with reasons, edits and cancels it", async ({
  browser,
  page,
}) => {
  // Two sign-ins and six accessibility scans: more than the default minute on a busy machine.
  test.slow();
  const policyViolations = watchPolicyViolations(page);
  const reference = `PV-E2E-${Date.now() % 1_000_000}`;
  await signIn(page, demo.placementWorker, "/plaatsing");
  await page.getByRole("link", { name: "Nieuwe plaatsingsvraag" }).click();
  await expect(page.getByRole("heading", { name: "Nieuwe plaatsingsvraag" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Kenmerk").fill(reference);
  await page.getByLabel("Leeftijd in jaren").fill("9");
  await page.getByLabel("Startdatum").fill(isoInDays(-3));
  await page.getByLabel("Langdurig").check();
  await page.getByLabel("School (niet verplicht)").fill("3521");
  await page.getByLabel("Ouders (niet verplicht)").fill("Zeist");
  await page.getByLabel("Traumasensitief opvoeden").check();
  await page.getByRole("button", { name: "Plaatsingsvraag opslaan" }).click();

  // A start date in the past: a Dutch message at the field, nothing typed lost, nothing saved.
  await expect(page.getByRole("alert")).toContainText("Startdatum: Kies een startdatum vanaf vandaag.");
  await expect(page.getByLabel("Kenmerk")).toHaveValue(reference);
  await expect(page.getByLabel("Traumasensitief opvoeden")).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel("Startdatum").fill(isoInDays(10));
  await page.getByRole("button", { name: "Plaatsingsvraag opslaan" }).click();

  await expect(page.getByRole("heading", { name: `Plaatsingsvraag ${reference}` })).toBeVisible();
  await expect(page.getByText("De plaatsingsvraag is opgeslagen.")).toBeVisible();
  const candidates = page
    .getByRole("region", { name: "Passende gezinnen in de regio" })
    .getByRole("listitem")
    .filter({
      has: page.getByRole("heading", { level: 3 }),
    });
  expect(await candidates.count()).toBeGreaterThan(0);
  const first = candidates.first();
  await expect(first.getByText("Waarom dit gezin past")).toBeVisible();
  await expect(first.getByText(/km van de school|Ervaring met|Lichtere zorg/).first()).toBeVisible();
  await expect(first.getByText(/^beschikbaarheid /)).toBeVisible();
  await expect(first).not.toContainText(/Familie|@voorbeeld\.test/);
  await expectNoAxeViolations(page);
  const needUrl = page.url().replace(/\?.*$/, "");

  // Another organisation's placement worker does not find it.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "plaatser.eemland@openhuis.test");
  expect((await other.goto(needUrl))?.status()).toBe(404);
  await other.context().close();

  // A colleague opens the same need for a change in another tab.
  const colleague = await page.context().newPage();
  await colleague.goto(`${needUrl}/bewerken`);

  // An area the gazetteer does not know: saved anyway, with a Dutch message.
  await page.getByRole("link", { name: "Plaatsingsvraag wijzigen" }).click();
  await expect(page.getByLabel("School (niet verplicht)")).toHaveValue("3521");
  await page.getByLabel("School (niet verplicht)").fill("9999");
  await page.getByLabel("Leeftijd in jaren").fill("10");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByText("We kennen de postcode of plaats van de school (9999) niet.")).toBeVisible();
  await expect(page.getByText("10 jaar")).toBeVisible();
  await expectNoAxeViolations(page);

  // The colleague saves on the version from before: refused with what differs now, their typing kept.
  await colleague.getByLabel("Leeftijd in jaren").fill("11");
  await colleague.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(colleague.getByRole("alert")).toContainText(
    "Iemand anders heeft deze plaatsingsvraag gewijzigd",
  );
  await expect(colleague.getByRole("alert")).toContainText("Anders in de actuele vraag: Leeftijd, School.");
  await expect(colleague.getByLabel("Leeftijd in jaren")).toHaveValue("11");
  await expectNoAxeViolations(colleague);
  await colleague.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(colleague.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  await expect(colleague.getByText("11 jaar")).toBeVisible();
  await colleague.close();
  await page.reload();

  await page.getByRole("button", { name: "Plaatsingsvraag annuleren" }).click();
  await expect(page.getByRole("alert")).toContainText("Reden: Vul de reden in");
  await page.getByLabel("Reden").fill("Plaatsing in het eigen netwerk gevonden");
  await page.getByRole("button", { name: "Plaatsingsvraag annuleren" }).click();
  await expect(page.getByText("De plaatsingsvraag is geannuleerd.")).toBeVisible();
  await expect(page.getByText("Geannuleerd: Plaatsing in het eigen netwerk gevonden")).toBeVisible();
  await expect(page.getByRole("link", { name: "Plaatsingsvraag wijzigen" })).toHaveCount(0);
  expect(policyViolations).toEqual([]);
});

test("when nothing fits, the need's page says which filter removed how many households", async ({ page }) => {
  await signIn(page, demo.placementWorker, "/plaatsing/vragen");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "PV-DEMO-GEEN" }).click();
  await expect(page.getByText("Er past nu geen gezin in de regio bij deze vraag.")).toBeVisible();
  await expect(page.getByText(/\d+ gezin(nen)? (valt|vallen) af op /).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
