import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./support";

test("a recruiter filters the pipeline board by stage and by search, shares the URL and switches to the table", async ({
  page,
}) => {
  await signIn(page, demo.recruiter, "/werving");
  await expect(page.getByRole("heading", { level: 1, name: "Werving" })).toBeVisible();
  const board = page.getByRole("region", { name: "Bord: aanmeldingen per fase" });
  await expect(board.getByRole("heading", { level: 3, name: /^Screening \(\d+\)$/ })).toBeVisible();
  await expect(board.getByRole("heading", { level: 3, name: /^Besluit \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Informatiebijeenkomsten" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Verwijderverzoeken" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Fase", { exact: true }).selectOption({ label: "Screening" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/[?&]fase=screening(&|$)/);
  await expect(board.getByRole("heading", { level: 3 })).toHaveCount(1);
  const screeningColumn = board.getByRole("region", { name: /^Screening \(\d+\)$/ });
  const firstCard = screeningColumn.getByRole("listitem").first();
  const name = (await firstCard.getByRole("link").textContent())?.trim() ?? "";
  expect(name).not.toBe("");
  expect(await firstCard.getByRole("link").getAttribute("href")).toMatch(
    /^\/werving\/aanmeldingen\/[0-9a-f-]{36}$/,
  );

  await page.getByLabel("Zoek op naam, e-mail of referentie").fill(name);
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/fase=screening/);
  await expect(page).toHaveURL(new RegExp(`zoek=${encodeURIComponent(name).replace(/%20/g, "\\+")}`));
  const cards = board.getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card.getByRole("link")).toHaveText(name);

  // The URL is the view: opened afresh, it shows the same filter.
  const shared = page.url();
  await page.goto("/werving");
  await page.goto(shared);
  await expect(page.getByLabel("Zoek op naam, e-mail of referentie")).toHaveValue(name);

  await page.getByRole("navigation", { name: "Weergave" }).getByRole("link", { name: "Tabel" }).click();
  await expect(page).toHaveURL(/weergave=tabel/);
  await expect(page).toHaveURL(/fase=screening/);
  const table = page.getByRole("table", { name: /^Aanmeldingen, gesorteerd op laatste activiteit/ });
  await expect(table.getByRole("columnheader", { name: "Naam" })).toBeVisible();
  await expect(table.getByRole("rowheader").first()).toHaveText(name);
  await expectNoAxeViolations(page);

  await table.getByRole("columnheader", { name: "Naam" }).getByRole("link").click();
  await expect(page).toHaveURL(/sorteer=naam&richting=op/);
  await expect(page.getByRole("table", { name: /gesorteerd op naam \(oplopend\)/ })).toBeVisible();
});

test("a malformed filter in a link gets a Dutch message and the rest of the view", async ({ page }) => {
  await signIn(page, demo.recruiter);
  const response = await page.goto("/werving?fase=nirwana&stil=-2&weergave=tabel");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert")).toContainText("Die fase bestaat niet; alle fasen worden getoond.");
  await expect(page.getByRole("alert")).toContainText(
    "Vul bij ‘geen activiteit sinds’ een heel aantal dagen in",
  );
  await expect(page.getByRole("table", { name: /^Aanmeldingen, gesorteerd op/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
