import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { submittedApplication } from "./recruiter-steps";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

/** A surname no other applicant has, also when the suite runs twice on one database (letters only). */
const uniqueSurname = (name: string) =>
  name +
  Date.now()
    .toString(36)
    .replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]);

/** A foster applicant living with a child of 14, who needs a VGB before screening can end; gives the full name. */
async function sendApplication(browser: Browser, firstName: string, surname: string): Promise<string> {
  const lastName = uniqueSurname(surname);
  await submittedApplication(browser, {
    emailPrefix: "bord",
    firstName,
    lastName,
    dateOfBirth: "02-02-1982",
    landing: "campagne=pleegouder-worden",
    housemates: [{ relation: "Kind", birthYear: new Date().getFullYear() - 14 }],
    availability: "In het weekend.",
  });
  return `${firstName} ${lastName}`;
}

const board = (page: Page) => page.getByRole("region", { name: "Bord: aanmeldingen per fase" });
const column = (page: Page, stage: string) =>
  board(page).getByRole("region", { name: new RegExp(`^${stage} \\(\\d+\\)$`) });
const cardIn = (page: Page, stage: string, name: string) =>
  column(page, stage)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name }) });
const announcement = (page: Page) => board(page).getByRole("status");

/** The board of one applicant (the search filter), hydrated: its help text comes with the island only. */
async function openBoardOf(page: Page, name: string) {
  await page.goto(`/werving?zoek=${encodeURIComponent(name)}`);
  await expect(page.getByText("Sleep een kaart naar een andere fase")).toBeVisible();
}

/**
 * Dragged by its top corner, on its own padding (neither on the link nor on the form), with both
 * columns in view first: the board scrolls sideways, and the test's mouse does not scroll it mid-drag.
 */
async function drag(card: Locator, to: Locator) {
  await to.scrollIntoViewIfNeeded();
  await card.dragTo(to, { sourcePosition: { x: 4, y: 4 } });
}

test("a recruiter drags a card to the next stage, and a refused move leaves the card where it was with the reason", async ({
  browser,
  page,
}) => {
  const name = await sendApplication(browser, "Daan", "Sleepwagen");
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter);

  // Dragged with the mouse from Aanmelding to Screening; the counts follow, the move holds after a reload.
  await openBoardOf(page, name);
  await expect(column(page, "Aanmelding")).toHaveAccessibleName("Aanmelding (1)");
  await drag(cardIn(page, "Aanmelding", name), column(page, "Screening"));
  await expect(cardIn(page, "Screening", name)).toBeVisible();
  await expect(announcement(page)).toHaveText(`Verplaatst naar Screening: ${name}.`);
  await expect(column(page, "Aanmelding")).toHaveAccessibleName("Aanmelding (0)");
  await expect(column(page, "Screening")).toHaveAccessibleName("Screening (1)");
  await openBoardOf(page, name);
  await expect(cardIn(page, "Screening", name)).toBeVisible();

  // Leaving screening needs a VGB for the child of 14: the server refuses, the card stays, the reason shows.
  await drag(cardIn(page, "Screening", name), column(page, "Voorbereiding"));
  const card = cardIn(page, "Screening", name);
  await expect(card).toContainText(
    "Niet verplaatst: Er ontbreekt nog een ontvangen Verklaring van Geen Bezwaar",
  );
  await expect(announcement(page)).toHaveText(
    new RegExp(`^Niet verplaatst: ${name}\\. Er ontbreekt nog een ontvangen Verklaring van Geen Bezwaar`),
  );
  await expect(column(page, "Voorbereiding")).toHaveAccessibleName("Voorbereiding (0)");
  // A drop off the route is refused on the board itself, in the server's words.
  await drag(card, column(page, "Besluit"));
  await expect(card).toContainText("Niet verplaatst: Deze stap past niet in de route van deze aanmelder.");
  await expect(card.getByRole("combobox")).toHaveAccessibleDescription(/past niet in de route/);
  await expectNoAxeViolations(page);
  await openBoardOf(page, name);
  await expect(cardIn(page, "Screening", name)).toBeVisible();
  expect(policyViolations).toEqual([]);

  // Only the board of open applications moves cards: the table and the other boards load no script.
  for (const view of ["weergave=tabel", "status=parked"]) {
    await page.goto(`/werving?${view}`);
    await expect(page.locator("astro-island, script[src]")).toHaveCount(0);
  }
});

test("a recruiter carries a card to the next stage with the keyboard only; a tab with the old version is refused", async ({
  browser,
  page,
}) => {
  const name = await sendApplication(browser, "Kees", "Toetsenbord");
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter);
  const otherTab = await page.context().newPage();
  await openBoardOf(otherTab, name);
  await openBoardOf(page, name);

  const grab = page.getByRole("button", { name: `Oppakken: ${name}` });
  await grab.focus();
  await page.keyboard.press("Enter");
  await expect(announcement(page)).toHaveText(
    new RegExp(`^Kaart opgepakt: ${name}, fase Aanmelding\\. Gebruik pijltjes links en rechts`),
  );
  await expect(grab).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowRight");
  await expect(announcement(page)).toHaveText("Boven Screening.");
  await expect(column(page, "Screening")).toHaveClass(/board__column--target/);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(announcement(page)).toHaveText(`Verplaatsen geannuleerd. ${name} blijft in Aanmelding.`);
  await expect(grab).toHaveAttribute("aria-pressed", "false");
  await expect(cardIn(page, "Aanmelding", name)).toBeVisible();

  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowLeft");
  await expect(announcement(page)).toHaveText("Boven Kennismaking.");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(announcement(page)).toHaveText("Boven Screening.");
  await page.keyboard.press("ArrowRight");
  await expect(announcement(page)).toHaveText("Boven Screening. Verder kan deze kaart niet in één stap.");
  await page.keyboard.press("Enter");
  await expect(cardIn(page, "Screening", name)).toBeVisible();
  await expect(announcement(page)).toHaveText(`Verplaatst naar Screening: ${name}.`);
  await expect(page.getByRole("button", { name: `Oppakken: ${name}` })).toBeFocused();
  await openBoardOf(page, name);
  await expect(cardIn(page, "Screening", name)).toBeVisible();

  // The tab opened before still holds the old version: its move is refused with what changed.
  await drag(cardIn(otherTab, "Aanmelding", name), column(otherTab, "Kennismaking"));
  await expect(cardIn(otherTab, "Aanmelding", name)).toContainText(
    /Niet verplaatst: Je hebt deze aanmelding op .* al verplaatst naar Screening\. Bekijk de nieuwe stand/,
  );
  expect(policyViolations).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Axe needs JavaScript; the board it checks above is this same markup, hydrated.
  test("a card's move form moves it, and a refusal is shown at the card", async ({ browser, page }) => {
    const name = await sendApplication(browser, "Fenna", "Formulier");
    await signIn(page, demo.recruiter);
    await page.goto(`/werving?zoek=${encodeURIComponent(name)}`);
    await expect(page.getByText("Sleep een kaart naar een andere fase")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Oppakken/ })).toHaveCount(0);

    await cardIn(page, "Aanmelding", name)
      .getByLabel(`${name} naar fase`)
      .selectOption({ label: "Screening" });
    await cardIn(page, "Aanmelding", name)
      .getByRole("button", { name: `Verplaatsen ${name}` })
      .click();
    await expect(page).toHaveURL(/\/werving\?zoek=[^&]+&verplaatst=[0-9a-f-]{36}$/);
    await expect(page.getByRole("status")).toHaveText(`${name} staat nu in Screening.`);

    const card = cardIn(page, "Screening", name);
    await card.getByLabel(`${name} naar fase`).selectOption({ label: "Voorbereiding" });
    await card.getByRole("button", { name: `Verplaatsen ${name}` }).click();
    await expect(page.getByRole("alert")).toContainText(
      `Niet verplaatst: ${name}. Er ontbreekt nog een ontvangen Verklaring van Geen Bezwaar`,
    );
    await expect(page.getByRole("alert")).toBeFocused();
    await expect(card.getByLabel(`${name} naar fase`)).toHaveAccessibleDescription(
      /Verklaring van Geen Bezwaar/,
    );
    await expect(card.getByLabel(`${name} naar fase`)).toHaveValue("preparation");
  });
});
