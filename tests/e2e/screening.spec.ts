import { type Browser, expect, type Page, test } from "@playwright/test";
import { confirmAddress, demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

/** An applicant with a partner and a 14-year-old sends an application; gives its id. */
async function submittedApplication(browser: Browser): Promise<string> {
  const page = await (await browser.newContext()).newPage();
  const email = `screening.${Date.now()}@example.nl`;
  await page.goto("/aanmelden?campagne=pleegouder-worden&utm_source=facebook");
  await page.getByLabel("Voornaam").fill("Sanne");
  await page.getByLabel("Achternaam").fill("de Vries");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Geboortedatum").fill("15-03-1985");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await confirmAddress(page, email);
  await page.getByLabel("Wie is dit").first().selectOption({ label: "Partner" });
  await page.getByLabel("Geboortejaar").first().fill("1983");
  await page.getByLabel("Wie is dit").nth(1).selectOption({ label: "Kind" });
  await page
    .getByLabel("Geboortejaar")
    .nth(1)
    .fill(String(new Date().getFullYear() - 14));
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Pleegouder", { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Postcode").fill("3512 jk");
  await page.getByLabel("Huisnummer en toevoeging").fill("12");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Wanneer en hoeveel tijd ben je beschikbaar?").fill("Vanaf maart.");
  await page.getByLabel("Social media").check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();
  const data = await (await page.request.get("/mijn/gegevens.json")).json();
  await page.context().close();
  return data.application.id;
}

async function move(page: Page, to: string, options: { reason?: string; note?: string } = {}) {
  await page.getByLabel("Naar", { exact: true }).selectOption({ label: to });
  if (options.reason) await page.getByLabel("Reden", { exact: true }).selectOption({ label: options.reason });
  if (options.note) await page.getByLabel("Notitie voor collega's (niet verplicht)").fill(options.note);
  await page.getByRole("button", { name: "Verplaatsen" }).click();
}

async function recordCheck(page: Page, check: string, status: string, note?: string, decision?: string) {
  await page.getByLabel("Controle", { exact: true }).selectOption({ label: check });
  await page.getByLabel("Stand").selectOption({ label: status });
  if (decision) await page.getByLabel("Besluit (alleen bij een besluit)").selectOption({ label: decision });
  if (note) await page.getByLabel(/^Toelichting/).fill(note);
  await page.getByRole("button", { name: "Controle vastleggen" }).click();
}

test("a recruiter records the checks, moves an applicant on, and sees refusals next to the field", async ({
  browser,
  page,
}) => {
  const id = await submittedApplication(browser);
  const here = `/werving/aanmeldingen/${id}`;
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter, here);
  await expect(page).toHaveURL(here);
  await expect(page.getByRole("heading", { name: "Sanne de Vries", level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByText("Pleegouder", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Kind, geboren in \d{4} \(wordt dit jaar 14\)$/)).toBeVisible();
  await expect(page.getByText(/facebook/)).toBeVisible();
  await expectNoAxeViolations(page);

  await move(page, "Screening", { note: "Eerste gesprek ging goed." });
  await expect(page.getByRole("status")).toContainText("De aanmelding is verplaatst.");

  // Leaving screening needs a VGB for everyone aged 12 or older: refused, the reason at the field.
  await move(page, "Voorbereiding", { note: "Door naar de training." });
  await expect(page.getByLabel("Naar", { exact: true })).toHaveAccessibleDescription(
    /Verklaring van Geen Bezwaar/,
  );
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(page.getByLabel("Notitie voor collega's (niet verplicht)")).toHaveValue(
    "Door naar de training.",
  );
  await expectNoAxeViolations(page);

  // An exit without its reason code is refused by the database, next to the reason field.
  await move(page, "Gestopt");
  await expect(page.getByLabel("Reden", { exact: true })).toHaveAccessibleDescription(/Kies een reden/);

  // A decision needs its written reason.
  await recordCheck(page, "Besluit", "Afgerond", undefined, "Geschikt");
  await expect(page.getByLabel(/^Toelichting/)).toHaveAccessibleDescription(/reden van het besluit/);

  await recordCheck(page, "VGB: Sanne de Vries (aanmelder)", "Ontvangen");
  await expect(page.getByRole("status")).toContainText("De controle is vastgelegd.");
  await recordCheck(page, "VGB: Partner (geboren in 1983)", "Ontvangen");
  await recordCheck(page, `VGB: Kind (geboren in ${new Date().getFullYear() - 14})`, "Ontvangen");
  const checks = page.getByRole("table", { name: "Vastgelegde controles" });
  await expect(checks.getByRole("row")).toHaveCount(4);
  const validUntil = new Intl.DateTimeFormat("nl-NL", { year: "numeric" }).format(new Date());
  await expect(checks.getByRole("row").nth(1)).toContainText("Ontvangen");
  await expect(checks.getByRole("row").nth(1)).toContainText(String(Number(validUntil) + 2));

  // A check is taken a step further from its row.
  await recordCheck(page, "Referentie", "Aangevraagd");
  await expect(checks.getByRole("row")).toHaveCount(5);
  await page.getByRole("button", { name: "Ontvangen voor Referentie" }).click();
  await expect(page.getByRole("status")).toContainText("De controle is vastgelegd.");
  await expect(checks.getByRole("row")).toHaveCount(5);
  await expect(checks.getByRole("row").filter({ hasText: "Referentie" })).toContainText("Ontvangen");

  // A colleague's page still shows the old version: their move is refused with what changed.
  const colleague = await page.context().newPage();
  await colleague.goto(here);
  await move(page, "Voorbereiding", { note: "VGB's binnen." });
  await expect(page.getByRole("status")).toContainText("De aanmelding is verplaatst.");
  await move(colleague, "Voorbereiding", { note: "Mijn notitie." });
  await expect(colleague.getByRole("alert")).toContainText("Je hebt deze aanmelding op");
  await expect(colleague.getByRole("alert")).toContainText("al verplaatst naar Voorbereiding");
  await expect(colleague.getByLabel("Notitie voor collega's (niet verplicht)")).toHaveValue("Mijn notitie.");

  await page.reload();
  const timeline = page.getByRole("list", { name: "Tijdlijn, nieuwste eerst" }).getByRole("listitem");
  await expect(timeline.first()).toContainText("Verplaatst van Screening naar Voorbereiding");
  await expect(timeline.first()).toContainText("Notitie: VGB's binnen.");
  await expect(timeline.nth(1)).toContainText("Referentie: ontvangen");
  await expect(timeline.nth(2)).toContainText("Verklaring van Geen Bezwaar voor Kind");
  await expect(page.getByText("Verplaatst van Aanmelding naar Screening")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(policyViolations).toEqual([]);
});

test("a recruiter of another organisation gets the 404 page for an applicant", async ({ browser, page }) => {
  const id = await submittedApplication(browser);
  await signIn(page, "werver.heuvelrug@openhuis.test");
  const response = await page.goto(`/werving/aanmeldingen/${id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByText("Sanne")).toHaveCount(0);
});
