import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const demo = {
  admin: "beheerder@openhuis.test",
  recruiter: "werver@openhuis.test",
  placementWorker: "plaatser@openhuis.test",
};

/** Reads the newest sign-in code for an address from the developer outbox, as a developer would. */
export async function latestCode(page: Page, email: string): Promise<string> {
  const outbox = await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`);
  const match = /Je inlogcode voor Openhuis is (\d{6})/.exec(await outbox.text());
  if (!match) throw new Error(`no sign-in code in the outbox for ${email}`);
  return match[1];
}

export async function signIn(page: Page, email: string, next?: string): Promise<void> {
  await page.goto(next ? `/inloggen?next=${encodeURIComponent(next)}` : "/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  await expect(page.getByRole("heading", { name: "Vul je inlogcode in" })).toBeVisible();
  await page.getByLabel("Inlogcode").fill(await latestCode(page, email));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** After the first step of the application: every visitor confirms their address with the mailed code. */
export async function confirmAddress(page: Page, email: string): Promise<void> {
  await expect(
    page.getByText("Om verder te gaan met je aanmelding bevestig je eerst je e-mailadres"),
  ).toBeVisible();
  await page.getByLabel("Inlogcode").fill(await latestCode(page, email));
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Collects what the browser reports refusing under the Content Security Policy. */
export function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|apply|execute|frame)/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  return violations;
}
