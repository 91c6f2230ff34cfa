import { expect, type Page, test } from "@playwright/test";
import { demo, eveningPages, expectNoAxeViolations, publicPages, signIn } from "./support";

test.use({ viewport: { width: 390, height: 844 } });

/**
 * What sticks out to the right of a 390 px screen: the page's own width, and runs of text outside a
 * table's scrolling box (a wide table scrolls inside it, as WCAG 1.4.10 allows for data tables).
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`page: ${document.documentElement.scrollWidth}px`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && found.length < 10; node = walker.nextNode()) {
      // Tables scroll inside their own box; visually hidden text is clipped to a pixel and never seen.
      if (node.parentElement?.closest(".table-scroll, .visually-hidden")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > width + 0.5)
        found.push(`"${node.textContent?.trim().slice(0, 40)}": ${Math.round(right)}px`);
    }
    return found;
  });
}

async function expectNoHorizontalScrolling(page: Page, path: string): Promise<void> {
  expect((await page.goto(path))?.status(), path).toBe(200);
  expect(await overflow(page), path).toEqual([]);
}

test("public pages fit a 390 px phone without scrolling sideways", async ({ page }) => {
  for (const path of [...publicPages, ...(await eveningPages(page))]) {
    await expectNoHorizontalScrolling(page, path);
  }
});

test("long Dutch headings are hyphenated, not cut anywhere", async ({ page }) => {
  for (const [path, name] of [
    ["/toegankelijkheid", "Toegankelijkheidsverklaring"],
    ["/informatiebijeenkomsten", "Informatiebijeenkomsten"],
  ]) {
    await page.goto(path);
    const heading = page.getByRole("heading", { level: 1, name });
    await expect(heading).toHaveCSS("hyphens", "auto");
    expect(await heading.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).toBe("nl");
    expect(await overflow(page), path).toEqual([]);
  }
});

test("the staff pages fit a 390 px phone without scrolling sideways", async ({ page }) => {
  await signIn(page, demo.admin);
  await expectNoHorizontalScrolling(page, "/beheer");
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrolling(page, "/werving/informatiebijeenkomsten");
  await expectNoAxeViolations(page);
  await page
    .getByRole("table", { name: "Geplande bijeenkomsten van je organisatie" })
    .getByRole("link")
    .first()
    .click();
  expect(await overflow(page), page.url()).toEqual([]);
  await expectNoAxeViolations(page);
});

test("the recruiter's pipeline fits a 390 px phone: the board scrolls inside its own region", async ({
  page,
}) => {
  await signIn(page, demo.recruiter);
  await expectNoHorizontalScrolling(page, "/werving");
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrolling(page, "/werving?weergave=tabel");
  await expectNoAxeViolations(page);
  const applicant = await page
    .getByRole("table")
    .getByRole("rowheader")
    .getByRole("link")
    .first()
    .getAttribute("href");
  for (const path of [
    "/werving/sjablonen",
    "/werving/sjablonen/kennismaking",
    `${applicant}/bericht?templateKey=documents_request`,
  ]) {
    await expectNoHorizontalScrolling(page, path);
    await expectNoAxeViolations(page);
  }
});

test("the placement proposals fit a 390 px phone: the inbox and a proposal with its answer form", async ({
  page,
}) => {
  await signIn(page, demo.recruiter);
  await expectNoHorizontalScrolling(page, "/plaatsing/voorstellen");
  await expectNoAxeViolations(page);
  await page
    .getByRole("table", { name: "Voorstellen die op jullie antwoord wachten, nieuwste eerst" })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Voorstel accepteren" })).toBeVisible();
  expect(await overflow(page), page.url()).toEqual([]);
  await expectNoAxeViolations(page);
});

test("the placement need pages fit a 390 px phone without scrolling sideways", async ({ page }) => {
  await signIn(page, demo.placementWorker);
  await expectNoHorizontalScrolling(page, "/plaatsing/vragen");
  await expectNoHorizontalScrolling(page, "/plaatsing/vragen/nieuw");
  await expectNoAxeViolations(page);
  await page.goto("/plaatsing/vragen");
  await page.getByRole("link", { name: "PV-DEMO-GOED" }).click();
  expect(await overflow(page), page.url()).toEqual([]);
  await expectNoAxeViolations(page);
});

test("the recruiter's campaign pages fit a 390 px phone", async ({ page }) => {
  await signIn(page, demo.recruiter);
  await expectNoHorizontalScrolling(page, "/werving/campagnes");
  await page.getByRole("link", { name: "Pleegouder worden in Houten" }).click();
  expect(await overflow(page), page.url()).toEqual([]);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Voorbeeld bekijken" }).click();
  expect(await overflow(page), page.url()).toEqual([]);
  await expectNoHorizontalScrolling(page, "/werving/campagnes/nieuw");
  await expectNoAxeViolations(page);
});

test("capacity and the regional overview fit a 390 px phone", async ({ page }) => {
  await signIn(page, demo.recruiter);
  await expectNoHorizontalScrolling(page, "/werving/aanbod");
  await page
    .getByRole("table", { name: "Gezinnen, langst niet bevestigd eerst" })
    .getByRole("link")
    .first()
    .click();
  expect(await overflow(page), page.url()).toEqual([]);
  await page.context().clearCookies();
  await signIn(page, demo.placementWorker);
  await expectNoHorizontalScrolling(page, "/plaatsing");
  await page.context().clearCookies();
  await signIn(page, "gezin-u-0004@voorbeeld.test");
  await expectNoHorizontalScrolling(page, "/mijn");
});
