import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

for (const path of [
  "/",
  "/inloggen",
  "/toegankelijkheid",
  "/privacy",
  "/aanmelden/over-jou",
  "/informatiebijeenkomsten",
  "/pagina-die-niet-bestaat",
]) {
  test(`${path} has no WCAG 2.1 AA violations and ships no JavaScript`, async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expectNoAxeViolations(page);
    expect(scripts).toEqual([]);
  });
}

test("the skip link takes keyboard users straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
