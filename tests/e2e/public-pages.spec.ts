import { expect, type Page, type Request, test } from "@playwright/test";
import { eveningPages, expectNoAxeViolations, publicPages } from "./support";

async function expectAccessibleWithoutJavaScript(page: Page, path: string): Promise<void> {
  const scripts: string[] = [];
  const onRequest = (request: Request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  };
  page.on("request", onRequest);
  await page.goto(path);
  await expect(page.locator("h1"), path).toBeVisible();
  await expectNoAxeViolations(page);
  page.off("request", onRequest);
  expect(scripts, path).toEqual([]);
}

for (const path of [...publicPages, "/pagina-die-niet-bestaat"]) {
  test(`${path} has no WCAG 2.1 AA violations and ships no JavaScript`, async ({ page }) => {
    await expectAccessibleWithoutJavaScript(page, path);
  });
}

test("the evening pages, Dutch and English, have no WCAG 2.1 AA violations and ship no JavaScript", async ({
  page,
}) => {
  for (const path of await eveningPages(page)) await expectAccessibleWithoutJavaScript(page, path);
});

test("the skip link takes keyboard users straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("every public page has the main menu, the region's organisations and a language switch", async ({
  page,
}) => {
  for (const [path, lang, menu, language] of [
    ["/", "nl", "Hoofdmenu", "Taal"],
    ["/privacy", "nl", "Hoofdmenu", "Taal"],
    ["/waar-woon-je", "nl", "Hoofdmenu", "Taal"],
    ["/en/", "en", "Main menu", "Language"],
    ["/en/become-a-foster-parent", "en", "Main menu", "Language"],
  ]) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
    const nav = page.getByRole("navigation", { name: menu });
    await expect(nav.getByRole("link"), path).toHaveCount(6);
    await expect(page.getByRole("banner"), path).toContainText("Regio Midden-Nederland");
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("heading", { name: "Steunouders Eemland" }), path).toBeVisible();
    await expect(footer.getByRole("link", { name: "info@pleegzorg-utrecht-stad.test" }), path).toBeVisible();
    await expect(
      footer.getByRole("navigation", { name: language, exact: true }).getByRole("link"),
      path,
    ).toHaveCount(1);
  }
  await page.goto("/en/become-a-foster-parent");
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "Nederlands", exact: true }),
  ).toHaveAttribute("href", "/pleegouder-worden");
});

test("the hero and the browser tab take the region's colours, not Openhuis's own", async ({ page }) => {
  await page.goto("/");
  // The demo region, Midden-Nederland, is teal (#00607a): src/domain/theme/region-themes.ts.
  const roof = page.locator(".hero-art__roof");
  await expect(roof).toHaveCSS("fill", "rgb(0, 96, 122)");
  const icon = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(icon).toBe("/favicon/midden-nederland.svg");
  const svg = await (await page.request.get(icon ?? "")).text();
  expect(svg).toContain('fill="#00607a"');
});

test("the FAQ opens without JavaScript", async ({ page }) => {
  await page.goto("/");
  const question = page.getByText("Kan ik pleegouder worden als ik werk?");
  await question.click();
  await expect(page.getByText("De meeste pleegouders werken.")).toBeVisible();
});

test("the privacy statement names the organisations responsible, the legal basis and the VGB", async ({
  page,
}) => {
  await page.goto("/privacy");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Wie is verantwoordelijk" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Pleegzorg Utrecht Stad" })).toBeVisible();
  await expect(main).toContainText("AVG artikel 6 lid 1 onder b");
  await expect(main).toContainText("Raad voor de Kinderbescherming");
  await expect(main).toContainText("Zolang je aanmelding loopt");
});

test("a broken cancel link tells the visitor whom to call", async ({ page }) => {
  await page.goto("/informatiebijeenkomsten/afmelden?token=dit-is-geen-geldige-token-maar-wel-lang-genoeg");
  await expect(page.getByRole("heading", { level: 1, name: "Deze afmeldlink klopt niet" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "033 000 3300" })).toHaveAttribute(
    "href",
    "tel:0330003300",
  );
  await expectNoAxeViolations(page);
});

test("a shared Dutch campaign page shows its parent type's picture", async ({ page }) => {
  for (const [path, picture] of [
    ["/pleegouder-worden", "foster"],
    ["/campagne/steunouder-in-eemland", "support"],
    ["/gezinshuisouder-worden", "family_home"],
  ]) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image, path).toMatch(new RegExp(`/og/${picture}\\.png$`));
    const response = await page.request.get(new URL(image ?? "", page.url()).pathname);
    expect(response.headers()["content-type"], path).toBe("image/png");
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute(
      "content",
      "summary_large_image",
    );
  }
});
