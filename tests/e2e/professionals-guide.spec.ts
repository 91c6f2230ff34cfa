import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  return scripts;
}

test("the guide shows on a map and in a list which organisation offers which form where, without JavaScript", async ({
  page,
}) => {
  const scripts = watchScripts(page);
  await page.goto("/voor-professionals");
  const main = page.getByRole("main");

  const map = main.getByRole("img", { name: "Kaart: in welke gemeenten de organisaties werken" });
  await expect(map).toBeVisible();
  // The map's text alternative names every organisation with the municipalities it works in.
  await expect(map).toHaveAccessibleDescription(/Steunouders Eemland \(driehoek\): Amersfoort, Soest/);
  await expect(map).toHaveAccessibleDescription(/Pleegzorg Utrecht Stad \(vierkant\): Utrecht, Nieuwegein/);
  await main.getByRole("link", { name: "lijst van organisaties" }).click();
  await expect(page).toHaveURL(/#wie-biedt-wat$/);

  const list = main.getByRole("region", { name: "Wie biedt wat" });
  const eemland = list
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Steunouders Eemland" }) });
  await expect(eemland).toContainText("Werkt in: Amersfoort, Soest");
  await expect(eemland.getByRole("link", { name: "033 000 3300" })).toHaveAttribute("href", "tel:0330003300");
  await expect(eemland).toContainText(/Steunouders \(steungezin\): \d+ gezinnen, \d+ tot en met \d+ jaar/);
  await expect(eemland).toContainText("Gezinshuis:");
  // Groups of fewer than five households are never counted in public.
  await expect(list).not.toContainText(/: [1-4] gezinnen/);
  await expect(list).not.toContainText(/Gezin [UHE]-\d/);

  await expectNoAxeViolations(page);
  expect(scripts).toEqual([]);
});

test("the decision aid points to the lightest form first and to the organisation to call", async ({
  page,
}) => {
  await page.goto("/voor-professionals");
  const main = page.getByRole("main");
  await main.getByLabel("Ja, als de ouders af en toe worden ontlast").check();
  await main.getByLabel("Leeftijd van het kind (niet verplicht)").fill("9");
  await main.getByLabel("Gemeente waar het kind woont (niet verplicht)").selectOption("Amersfoort");
  await main.getByRole("button", { name: "Toon advies" }).click();

  await expect(page).toHaveURL(/thuis=met-steun.*leeftijd=9.*gemeente=Amersfoort#advies$/);
  const advice = main.getByRole("region", { name: "Advies: begin met een steunouder" });
  await expect(advice).toBeVisible();
  await expect(advice.getByRole("listitem").first()).toContainText(
    "Steunouders Eemland (werkt in Amersfoort)",
  );
  await expect(advice).toContainText("Leeftijd: heeft gezinnen voor kinderen van 9 jaar");
  await expect(advice.getByRole("heading", { name: "Steunouders Eemland" })).toBeVisible();
  await expect(advice.getByRole("link", { name: "hallo@steunouders-eemland.test" })).toBeVisible();
  await expect(advice.getByRole("heading", { name: "Pleegzorg Utrecht Stad" })).toHaveCount(0);
  await expect(advice).toContainText("de volgende stap deeltijdpleegzorg");
  await expect(main.locator("[aria-current=step]")).toContainText("Steunouder");
  await expect(
    main
      .getByRole("region", { name: "Eén toegang: zo vraag je een plek aan" })
      .getByRole("link", { name: "Plaatsing" }),
  ).toHaveAttribute("href", "/plaatsing");
  await expectNoAxeViolations(page);

  // Not knowing yet never makes the advice heavier.
  await main.getByLabel("Dat weet ik nog niet").first().check();
  await main.getByRole("button", { name: "Toon advies" }).click();
  await expect(main.getByRole("heading", { name: "Advies: begin met een steunouder" })).toBeVisible();

  await main.getByLabel("Nee, het kind kan nu niet thuis wonen").check();
  await main.getByRole("button", { name: "Toon advies" }).click();
  await expect(main.getByRole("heading", { name: "Advies: begin met pleegzorg" })).toBeVisible();

  await main.getByLabel("Nee, het kind heeft meer zorg en begeleiding nodig").check();
  await main.getByRole("button", { name: "Toon advies" }).click();
  const familyHome = main.getByRole("region", { name: "Advies: begin met een gezinshuis" });
  await expect(familyHome).toContainText("Een gezinshuis is de zwaarste vorm in deze wegwijzer");
  await expect(familyHome.getByRole("link", { name: "033 000 3300" })).toBeVisible();
});

test("the decision aid says in Dutch what is missing, at the field", async ({ page }) => {
  await page.goto("/voor-professionals");
  const main = page.getByRole("main");
  await main.getByLabel("Leeftijd van het kind (niet verplicht)").fill("30");
  await main.getByRole("button", { name: "Toon advies" }).click();

  const summary = main.getByRole("alert");
  await expect(
    summary.getByRole("link", { name: /Kan het kind thuis blijven wonen\?: Kies of het kind/ }),
  ).toHaveAttribute("href", "#field-thuis");
  await expect(
    main.getByRole("textbox", { name: "Leeftijd van het kind (niet verplicht)" }),
  ).toHaveAccessibleDescription(/Vul de leeftijd in hele jaren in/);
  await expect(main.getByLabel("Leeftijd van het kind (niet verplicht)")).toHaveValue("30");
  await expect(main.getByRole("heading", { name: /Advies:/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
