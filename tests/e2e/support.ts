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

/**
 * Every page a visitor reaches without signing in, in both languages, with the finder's three kinds of
 * answer. Evening pages have generated addresses: see eveningPages.
 */
export const publicPages = [
  "/",
  "/en/",
  "/pleegouder-worden",
  "/gezinshuisouder-worden",
  "/steunouder-worden",
  "/en/become-a-foster-parent",
  "/en/become-a-family-home-parent",
  "/en/become-a-support-parent",
  "/campagne/pleegouder-worden-in-utrecht",
  "/campagne/steunouder-in-eemland",
  "/en/campaign/foster-parent-in-utrecht",
  "/en/campaign/support-parent-in-eemland",
  "/actie/pleegouder-in-houten",
  "/waar-woon-je",
  "/waar-woon-je?postcode=3511",
  "/waar-woon-je?postcode=Amersfoort",
  "/waar-woon-je?postcode=9711",
  "/waar-woon-je?postcode=Nergenshuizen",
  "/voor-professionals",
  "/voor-professionals?thuis=nee&gezin=meer-zorg&leeftijd=12&gemeente=Zeist",
  "/kan-ik-helpen",
  "/en/can-i-help",
  "/informatiebijeenkomsten",
  "/en/information-evenings",
  "/aanmelden/over-jou",
  "/en/apply/about-you",
  "/inloggen",
  "/privacy",
  "/toegankelijkheid",
  "/informatiebijeenkomsten/afmelden?token=dit-is-geen-geldige-token-maar-wel-lang-genoeg",
];

/** The page of the first evening on each language's list, as a visitor would open it. */
export async function eveningPages(page: Page): Promise<string[]> {
  const paths: string[] = [];
  for (const [list, prefix] of [
    ["/informatiebijeenkomsten", "/informatiebijeenkomsten/"],
    ["/en/information-evenings", "/en/information-evenings/"],
  ]) {
    await page.goto(list);
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
    if (!href) throw new Error(`no evening on ${list}`);
    paths.push(href);
  }
  return paths;
}
