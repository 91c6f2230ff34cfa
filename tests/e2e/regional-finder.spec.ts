import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  return scripts;
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a new visitor finds their organisation and its next evening from the home page in two taps", async ({
    page,
  }) => {
    const scripts = watchScripts(page);
    await page.goto("/");
    // Tap one: the postcode field, at the top of the page.
    await page.getByLabel("Postcode of woonplaats").fill("3511 ab");
    // Tap two: search.
    await page.getByRole("button", { name: "Zoek" }).click();

    await expect(page).toHaveURL(/\/waar-woon-je\?postcode=3511\+ab$/);
    const result = page.getByRole("region", { name: "Bij 3511 Utrecht in de buurt" });
    const organisation = result
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Pleegzorg Utrecht Stad" }) });
    await expect(organisation.getByRole("link", { name: "030 000 1100" })).toHaveAttribute(
      "href",
      "tel:0300001100",
    );
    await expect(organisation).toContainText("pleegouder, steunouder");
    await expect(organisation.getByRole("link", { name: "Informatieavond pleegzorg Utrecht" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(scripts).toEqual([]);

    await organisation.getByRole("link", { name: "Informatieavond pleegzorg Utrecht" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Informatieavond pleegzorg Utrecht" }),
    ).toBeVisible();
  });
});

test("a place name finds the organisation that serves it, whatever the capitals", async ({ page }) => {
  await page.goto("/waar-woon-je?postcode=amersfoort");
  const result = page.getByRole("region", { name: "Bij Amersfoort in de buurt" });
  await expect(result.getByRole("heading", { name: "Steunouders Eemland" })).toBeVisible();
  await expect(result.getByRole("heading", { name: "Pleegzorg Utrecht Stad" })).toHaveCount(0);
  await expect(
    result.getByRole("link", { name: "Informatieavond steunouder worden in Amersfoort" }),
  ).toBeVisible();
  await expect(page.getByLabel("Postcode of woonplaats")).toHaveValue("amersfoort");
});

test("a postcode outside the region, or one we do not know, gets a Dutch answer that points onwards", async ({
  page,
}) => {
  await page.goto("/waar-woon-je?postcode=9711");
  await expect(
    page.getByRole("heading", { name: "In 9711 Groningen werkt nog geen organisatie van Openhuis" }),
  ).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Op pleegzorg.nl, de landelijke site over pleegzorg");
  await expectNoAxeViolations(page);

  await page.goto("/waar-woon-je?postcode=Atlantis");
  await expect(page.getByRole("heading", { name: "Deze postcode of plaats kennen we niet" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("pleegzorg.nl");
});

test("what is not a postcode is named next to the field, and what was typed stays", async ({ page }) => {
  await page.goto("/waar-woon-je?postcode=35");
  await expect(page.getByRole("alert")).toContainText(
    "Postcode of woonplaats: Vul een postcode in als 3511 AB",
  );
  const field = page.getByLabel("Postcode of woonplaats");
  await expect(field).toHaveValue("35");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Vul een postcode in als 3511 AB/);
  await expectNoAxeViolations(page);
});

test("a campaign page shows the next evenings near its region, or near the finder's postcode", async ({
  page,
}) => {
  await page.goto("/campagne/steunouder-in-eemland");
  const near = page.getByRole("region", { name: "Volgende informatiebijeenkomsten bij jou in de buurt" });
  await expect(
    near.getByRole("link", { name: "Informatieavond steunouder worden in Amersfoort" }),
  ).toBeVisible();
  await expect(near.getByRole("link", { name: "Informatieavond pleegzorg Utrecht" })).toHaveCount(0);

  await page.goto("/pleegouder-worden?postcode=3701");
  await expect(near).toContainText("In de buurt van 3701 Zeist");
  await expect(near.getByRole("link", { name: "Informatieavond gezinshuisouder worden" })).toBeVisible();
  await expect(near.getByRole("link", { name: "Informatieavond pleegzorg Utrecht" })).toHaveCount(0);
});

test("the English home page speaks English, links the finder and switches back to Dutch", async ({
  page,
}) => {
  const scripts = watchScripts(page);
  await page.goto("/en/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("heading", { level: 1, name: "A home for children who need one" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
  await expect(
    page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Parents' stories" })).toContainText("Made-up example");
  await expectNoAxeViolations(page);
  expect(scripts).toEqual([]);

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
