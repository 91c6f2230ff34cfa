import { expect, test } from "@playwright/test";
import { confirmAddress, demo, expectNoAxeViolations, signIn } from "./support";

test("an applicant's deletion request reaches an admin, who deletes the data from the queue", async ({
  page,
  browser,
}) => {
  const email = `wissen.${Date.now()}@example.nl`;
  await page.goto("/aanmelden");
  await page.getByLabel("Voornaam").fill("Noor");
  await page.getByLabel("Achternaam").fill("Wissels");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Geboortedatum").fill("15-03-1985");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await confirmAddress(page, email);
  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();

  await page.goto("/mijn");
  await page.getByLabel("Ja, verwijder al mijn gegevens").check();
  await page.getByRole("button", { name: "Vraag om verwijdering van mijn gegevens" }).click();
  await expect(page.getByRole("status")).toContainText("We hebben je verzoek ontvangen");
  const confirmation = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
  expect(confirmation).toContain("We hebben je verzoek om verwijdering ontvangen");

  // Nobody owns an application that stopped before the address step: every admin hears of it.
  const mail = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(demo.admin)}`)).text();
  expect(mail).toContain("Nieuw verzoek om gegevens te verwijderen");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await admin.getByRole("link", { name: "Verwijderverzoeken" }).click();
  await expect(admin.getByRole("heading", { name: "Verwijderverzoeken", level: 1 })).toBeVisible();
  const queue = admin.getByRole("table", { name: "Open verzoeken, oudste eerst" });
  await expect(queue).toContainText(email);
  await expect(queue).toContainText("Noor Wissels");
  await expectNoAxeViolations(admin);

  await admin.getByRole("button", { name: "Gegevens verwijderen van Noor Wissels" }).click();
  await expect(admin.getByRole("status")).toContainText("De gegevens zijn verwijderd");
  await expect(admin.getByText(email)).toHaveCount(0);
  await expectNoAxeViolations(admin);

  await page.reload();
  await expect(page.getByText("We hebben nog geen aanmelding met dit e-mailadres.")).toBeVisible();
});

test("an admin changes the retention periods within what the privacy statement promises", async ({
  page,
}) => {
  await signIn(page, demo.admin);
  const ended = page.getByLabel("Ingetrokken of afgewezen aanmeldingen verwijderen na (dagen)");
  await expect(ended).toHaveValue("28");
  await ended.fill("60");
  await page.getByRole("button", { name: "Bewaartermijnen opslaan" }).click();
  await expect(ended).toHaveAccessibleDescription(/hoogstens 4 weken/);
  await expect(ended).toHaveValue("60");
  await expectNoAxeViolations(page);

  await ended.fill("14");
  await page.getByRole("button", { name: "Bewaartermijnen opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("De bewaartermijnen zijn opgeslagen.");
  await expect(ended).toHaveValue("14");
});
