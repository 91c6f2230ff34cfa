import { type Browser, expect, type Page } from "@playwright/test";
import { confirmAddress } from "./support";

interface Applicant {
  emailPrefix: string;
  firstName: string;
  lastName: string;
  /** dd-mm-jjjj, as typed. */
  dateOfBirth: string;
  /** Where the applicant came from, as the landing URL's query string. */
  landing: string;
  /** Housemates as "Wie is dit" label and birth year; none when living alone. */
  housemates?: readonly { relation: string; birthYear: number }[];
  availability: string;
}

/** A foster applicant at 3512 JK 12 sends an application in a browser of their own; gives its id. */
export async function submittedApplication(browser: Browser, applicant: Applicant): Promise<string> {
  const page = await (await browser.newContext()).newPage();
  const email = `${applicant.emailPrefix}.${Date.now()}@example.nl`;
  await page.goto(`/aanmelden?${applicant.landing}`);
  await page.getByLabel("Voornaam").fill(applicant.firstName);
  await page.getByLabel("Achternaam").fill(applicant.lastName);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Geboortedatum").fill(applicant.dateOfBirth);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await confirmAddress(page, email);
  for (const [index, housemate] of (applicant.housemates ?? []).entries()) {
    if (index > 0) await page.getByRole("button", { name: "Nog een huisgenoot toevoegen" }).click();
    await page.getByLabel("Wie is dit").nth(index).selectOption({ label: housemate.relation });
    await page.getByLabel("Geboortejaar").nth(index).fill(String(housemate.birthYear));
  }
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Pleegouder", { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Postcode").fill("3512 jk");
  await page.getByLabel("Huisnummer en toevoeging").fill("12");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel("Wanneer en hoeveel tijd ben je beschikbaar?").fill(applicant.availability);
  await page.getByLabel("Social media").check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();
  const data = await (await page.request.get("/mijn/gegevens.json")).json();
  await page.context().close();
  return data.application.id;
}

/** Submits the applicant page's move form; the caller checks what the page answers. */
export async function moveApplicant(
  page: Page,
  to: string,
  options: { reason?: string; note?: string } = {},
) {
  await page.getByLabel("Naar", { exact: true }).selectOption({ label: to });
  if (options.reason) await page.getByLabel("Reden", { exact: true }).selectOption({ label: options.reason });
  if (options.note) await page.getByLabel("Notitie voor collega's (niet verplicht)").fill(options.note);
  await page.getByRole("button", { name: "Verplaatsen" }).click();
}

/** Submits the applicant page's check form; the caller checks what the page answers. */
export async function recordCheck(
  page: Page,
  check: string,
  status: string,
  options: { decision?: string; note?: string } = {},
) {
  await page.getByLabel("Controle", { exact: true }).selectOption({ label: check });
  await page.getByLabel("Stand", { exact: true }).selectOption({ label: status });
  if (options.decision)
    await page.getByLabel("Besluit (alleen bij een besluit)").selectOption({ label: options.decision });
  if (options.note) await page.getByLabel(/^Toelichting/).fill(options.note);
  await page.getByRole("button", { name: "Controle vastleggen" }).click();
}
