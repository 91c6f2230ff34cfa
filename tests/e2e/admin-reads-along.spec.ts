import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./support";

test("an admin reads along in Werving: the pipeline, an applicant and the capacity, without the recruiters' forms", async ({
  page,
}) => {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL("/beheer");
  const account = page.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("link", { name: "Werving" })).toBeVisible();
  await expect(account.getByRole("link", { name: "Plaatsing" })).toBeVisible();

  await account.getByRole("link", { name: "Werving" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Werving" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("Pleegzorg Utrecht Stad");
  // Campaign drafts stay with the recruiters: no link to a page that would refuse.
  await expect(main.getByRole("link", { name: "Campagnes" })).toHaveCount(0);
  await expect(main.getByRole("link", { name: "Berichtsjablonen" })).toBeVisible();
  const board = page.getByRole("region", { name: "Bord: aanmeldingen per fase" });
  const screening = board.getByRole("region", { name: /^Screening \(\d+\)$/ });
  await expectNoAxeViolations(page);

  await screening.getByRole("listitem").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/werving\/aanmeldingen\/[0-9a-f-]{36}$/);
  await expect(main).toContainText("Je bekijkt deze aanmelding als beheerder.");
  await expect(main).toContainText("ziet alleen een werver van de organisatie");
  await expect(main.getByRole("heading", { name: "Gegevens" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Tijdlijn" })).toBeVisible();
  for (const button of ["Verplaatsen", "Controle vastleggen", "Toewijzen", "Actie opslaan"]) {
    await expect(main.getByRole("button", { name: button })).toHaveCount(0);
  }
  await expect(main.getByRole("heading", { name: "E-mail sturen" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/werving/aanbod");
  await expect(page.getByRole("heading", { level: 1, name: "Aanbod en beschikbaarheid" })).toBeVisible();
  const households = page.getByRole("table", { name: "Gezinnen, langst niet bevestigd eerst" });
  await expect(households.getByRole("row")).not.toHaveCount(1);
  await expect(households.getByRole("button")).toHaveCount(0);
  await households.getByRole("rowheader").first().getByRole("link").click();
  await expect(main).toContainText("Je bekijkt dit gezin als beheerder.");
  await expect(main.getByRole("heading", { name: "Religie of cultuur" })).toHaveCount(0);
  await expect(main.getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(page);

  expect((await page.goto("/werving/campagnes"))?.status()).toBe(403);
});

test("an admin sees the regional placement overview, not the children's needs", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Plaatsing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plaatsing" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("Regionaal overzicht: ");
  await expect(
    page.getByRole("table", { name: "Vrije plekken en open vragen per gemeente en zorgvorm" }),
  ).toBeVisible();
  await expect(main.getByRole("heading", { name: "Hoe lang vragen wachten" })).toBeVisible();
  await expect(
    main.getByRole("heading", { name: "Lopende plaatsingsvragen van je organisatie" }),
  ).toHaveCount(0);
  await expect(main.getByRole("link", { name: "Nieuwe plaatsingsvraag" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await main.getByRole("button", { name: "Tabel downloaden als CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^vrije-plekken-en-vragen-\d{4}-\d{2}-\d{2}\.csv$/);

  expect((await page.goto("/plaatsing/vragen"))?.status()).toBe(403);
  expect((await page.goto("/plaatsing/voorstellen"))?.status()).toBe(403);
});
