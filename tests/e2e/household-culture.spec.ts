import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

test("a recruiter records a household's religion or culture, and a placement worker cannot open it", async ({
  browser,
  page,
}) => {
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter, "/werving/aanbod");
  const link = page
    .getByRole("table")
    .getByRole("link", { name: /^Gezin U-\d{4}$/ })
    .first();
  const label = ((await link.textContent()) ?? "").trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
  const field = page.getByLabel("Religie of cultuur (niet verplicht)");
  const culture = "Boeddhistisch";

  await field.fill(culture);
  await page.getByRole("button", { name: "Religie of cultuur opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Religie of cultuur is opgeslagen.");
  await expect(field).toHaveValue(culture);
  await expectNoAxeViolations(page);

  // A placement worker of the same organisation matches against households but never opens this page.
  const placer = await (await browser.newContext()).newPage();
  await signIn(placer, demo.placementWorker, "/plaatsing");
  expect((await placer.goto(page.url()))?.status()).toBe(403);
  await expect(placer.getByText(culture)).toHaveCount(0);
  await placer.context().close();
  expect(policyViolations).toEqual([]);
});
