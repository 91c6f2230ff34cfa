import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

interface CampaignPage {
  path: string;
  lang: string;
  slug: string;
  translation: { lang: string; path: string };
  informationEvening: string;
  /** The next steps in the page's own language. */
  eveningsPath: string;
  applyPath: string;
}

const dutch = {
  informationEvening: "Meld je aan voor een informatiebijeenkomst",
  lang: "nl",
  eveningsPath: "/informatiebijeenkomsten",
  applyPath: "/aanmelden",
};
const english = {
  informationEvening: "Sign up for an information evening",
  lang: "en",
  eveningsPath: "/en/information-evenings",
  applyPath: "/en/apply",
};

const campaignPages: CampaignPage[] = [
  ["/pleegouder-worden", "/en/become-a-foster-parent"],
  ["/gezinshuisouder-worden", "/en/become-a-family-home-parent"],
  ["/steunouder-worden", "/en/become-a-support-parent"],
  ["/campagne/pleegouder-worden-in-utrecht", "/en/campaign/foster-parent-in-utrecht"],
  ["/campagne/steunouder-in-eemland", "/en/campaign/support-parent-in-eemland"],
].flatMap(([nl, en]) => [
  { ...dutch, path: nl, slug: nl.split("/").pop() ?? "", translation: { lang: "en", path: en } },
  { ...english, path: en, slug: en.split("/").pop() ?? "", translation: { lang: "nl", path: nl } },
]);

const checkPages = [
  { path: "/kan-ik-helpen", lang: "nl", translation: "/en/can-i-help" },
  { path: "/en/can-i-help", lang: "en", translation: "/kan-ik-helpen" },
];

/** Collects every script the page requests, so a test can prove the page ships none. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  return scripts;
}

async function expectAlternates(page: Page, expected: Record<string, string>) {
  for (const [hreflang, path] of Object.entries(expected)) {
    const href = await page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`).getAttribute("href");
    expect(new URL(href ?? "").pathname, hreflang).toBe(path);
  }
}

async function structuredData(
  page: Page,
): Promise<{ "@graph": { "@type": string; mainEntity?: unknown[] }[] }> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
}

for (const campaign of campaignPages) {
  test(`${campaign.path} is accessible, ships no JavaScript and describes itself to search engines`, async ({
    page,
  }) => {
    const scripts = watchScripts(page);
    await page.goto(campaign.path);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", campaign.lang);
    await expectNoAxeViolations(page);
    expect(scripts).toEqual([]);

    const dutchPath = campaign.lang === "nl" ? campaign.path : campaign.translation.path;
    await expectAlternates(page, {
      [campaign.lang]: campaign.path,
      [campaign.translation.lang]: campaign.translation.path,
      "x-default": dutchPath,
    });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical ?? "").pathname).toBe(campaign.path);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);

    const graph = (await structuredData(page))["@graph"];
    expect(graph.map((node) => node["@type"])).toEqual(["Organization", "WebPage", "FAQPage"]);
    expect(graph[2].mainEntity?.length).toBeGreaterThan(0);

    await expect(page.getByRole("link", { name: campaign.informationEvening }).first()).toHaveAttribute(
      "href",
      campaign.eveningsPath,
    );
    await expect(
      page.locator(`a[href="${campaign.applyPath}?campagne=${campaign.slug}"]`).first(),
    ).toBeVisible();
  });
}

for (const check of checkPages) {
  test(`${check.path} is accessible, ships no JavaScript and links its translation`, async ({ page }) => {
    const scripts = watchScripts(page);
    await page.goto(check.path);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", check.lang);
    await expectNoAxeViolations(page);
    await expectAlternates(page, { [check.lang]: check.path, "x-default": "/kan-ik-helpen" });
    await expectAlternates(page, { [check.lang === "nl" ? "en" : "nl"]: check.translation });

    await page.goto(`${check.path}?submitted=1`);
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(
      `${check.path}?age=21_or_older&time=every_day&bedrooms=two_or_more&vgb=not_sure&careBackground=qualified`,
    );
    await expect(page.locator("#uitkomst")).toBeVisible();
    await expectNoAxeViolations(page);
    expect(scripts).toEqual([]);
  });
}

test("the home page leads to the three campaign pages and the check", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: "Pleegouder", exact: true })).toHaveAttribute(
    "href",
    "/pleegouder-worden",
  );
  await expect(
    page.getByRole("main").getByRole("link", { name: "Gezinshuisouder", exact: true }),
  ).toHaveAttribute("href", "/gezinshuisouder-worden");
  await expect(page.getByRole("main").getByRole("link", { name: "Steunouder", exact: true })).toHaveAttribute(
    "href",
    "/steunouder-worden",
  );
  await page.getByRole("link", { name: "Doe de check" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kan ik helpen?" })).toBeVisible();
});

test("the check advises support parenting to someone who only has weekends", async ({ page }) => {
  await page.goto("/kan-ik-helpen");
  const answer = (question: string, option: string) =>
    page.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();
  await answer("Hoe oud ben je?", "21 jaar of ouder");
  await answer("Hoeveel tijd heb je voor een kind?", "Alleen in het weekend");
  await answer("Heb je een slaapkamer vrij voor een kind?", "Ja, één slaapkamer");
  await answer("Willen jij en iedereen van 12 jaar en ouder", "Ja");
  await answer("Heb je een opleiding in de zorg, jeugdzorg of pedagogiek?", "Nee");
  await page.getByRole("button", { name: "Bekijk mijn uitkomst" }).click();

  const result = page.getByRole("region", { name: "Jouw uitkomst" });
  await expect(result).toContainText("past steunouder worden het best bij jou");
  await expect(result.getByRole("link", { name: "Lees meer over steunouder worden" })).toHaveAttribute(
    "href",
    "/steunouder-worden",
  );
  await expect(result).toContainText(
    "Een kind woont elke dag bij je. Dat past niet bij de tijd die je nu hebt.",
  );
  await expect(page.getByLabel("Alleen in het weekend")).toBeChecked();
});

test("an eligible result offers applying directly, without taking over the campaign it came from", async ({
  page,
}) => {
  await page.goto(
    "/kan-ik-helpen?age=21_or_older&time=every_day&bedrooms=one&vgb=everyone_willing&careBackground=none",
  );
  const result = page.getByRole("region", { name: "Jouw uitkomst" });
  await expect(result.getByRole("link", { name: "Direct aanmelden" })).toHaveAttribute("href", "/aanmelden");
  await expect(
    result.getByRole("link", { name: "Meld je aan voor een informatiebijeenkomst" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(
    "/kan-ik-helpen?age=18_to_20&time=every_day&bedrooms=one&vgb=everyone_willing&careBackground=none",
  );
  await expect(page.getByRole("region", { name: "Jouw uitkomst" })).toContainText(
    "Nu nog niet, later misschien wel",
  );
  await expect(page.getByRole("link", { name: "Direct aanmelden" })).toHaveCount(0);
});

test("an answer that is not one of the options is asked again in Dutch", async ({ page }) => {
  await page.goto(
    "/kan-ik-helpen?submitted=1&age=21_or_older&time=%3Cscript%3E&bedrooms=one&vgb=everyone_willing&careBackground=none",
  );
  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["Kies hoeveel tijd je hebt."]);
  await expect(
    page.getByRole("group", { name: "Hoeveel tijd heb je voor een kind?" }),
  ).toHaveAccessibleDescription(/Kies hoeveel tijd je hebt\./);
  await expect(page.getByRole("region", { name: "Jouw uitkomst" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the check in English gives the same advice in English", async ({ page }) => {
  await page.goto(
    "/en/can-i-help?age=21_or_older&time=weekends_only&bedrooms=one&vgb=everyone_willing&careBackground=none",
  );
  await expect(page.getByRole("region", { name: "Your result" })).toContainText(
    "becoming a support parent suits you best",
  );
});

test("the check names each unanswered question next to it", async ({ page }) => {
  await page.goto("/kan-ik-helpen");
  await page.getByRole("group", { name: "Hoe oud ben je?" }).getByLabel("21 jaar of ouder").check();
  await page.getByRole("button", { name: "Bekijk mijn uitkomst" }).click();

  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(page.getByRole("alert").getByRole("listitem")).toHaveCount(4);
  const time = page.getByRole("group", { name: "Hoeveel tijd heb je voor een kind?" });
  await expect(time).toHaveAccessibleDescription(/Kies hoeveel tijd je hebt\./);
  await expect(page.getByLabel("21 jaar of ouder")).toBeChecked();

  await page.getByRole("link", { name: "Kies hoeveel tijd je hebt." }).click();
  await expect(page).toHaveURL(/#field-time-every_day$/);
});

test("the check can be completed with the keyboard alone", async ({ page }) => {
  await page.goto("/kan-ik-helpen");
  const firstAnswer = page.locator("#field-age-under_18");
  for (
    let presses = 0;
    presses < 10 && !(await firstAnswer.evaluate((radio) => radio === document.activeElement));
    presses++
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(firstAnswer).toBeFocused();

  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("21 jaar of ouder")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Alleen in het weekend")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Ja, één slaapkamer")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.locator("#field-vgb-everyone_willing")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#field-careBackground-none")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Bekijk mijn uitkomst" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("region", { name: "Jouw uitkomst" })).toContainText(
    "past steunouder worden het best",
  );
});
