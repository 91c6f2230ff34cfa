import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, latestCode } from "./support";

test.use({ viewport: { width: 390, height: 844 } });

/** The page is as wide as the screen: nothing sticks out to the right of a 390 px phone. */
async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(widths.page, page.url()).toBeLessThanOrEqual(widths.screen);
}

/** Accessible, fits the phone, ships no JavaScript: checked on every page of both forms. */
async function expectSoundPage(page: Page, scripts: string[]): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScrolling(page);
  expect(scripts).toEqual([]);
}

function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  return scripts;
}

/** The language switch and the hreflang links both lead to the Dutch counterpart of this page. */
async function expectDutchCounterpart(page: Page, dutchPath: string): Promise<void> {
  const englishPath = new URL(page.url()).pathname;
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: "Nederlands", exact: true }),
  ).toHaveAttribute("href", dutchPath);
  for (const [hreflang, path] of [
    ["nl", dutchPath],
    ["en", englishPath],
  ]) {
    const href = await page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`).getAttribute("href");
    expect(`${new URL(href ?? "").pathname}${new URL(href ?? "").search}`, hreflang).toBe(path);
  }
}

const saveAndContinue = (page: Page) => page.getByRole("button", { name: "Save and continue" }).click();

/** A field's message: next to the field, linked to it, and listed in the summary under its label. */
async function expectFieldError(page: Page, label: string | RegExp, message: string): Promise<void> {
  await expect(page.getByRole("main").getByLabel(label).first()).toHaveAccessibleDescription(
    new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  );
  await expect(page.getByRole("alert")).toContainText("There is a problem");
  await expect(page.getByRole("alert")).toContainText(message);
}

test("an English visitor signs up for an information evening in English, and is told what is wrong in English", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const scripts = watchScripts(page);
  const email = `evening.${Date.now()}@example.com`;
  await page.goto("/en/");
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Information evenings" })
    .click();
  await expect(page).toHaveURL("/en/information-evenings");
  await expect(page.getByRole("heading", { level: 1, name: "Information evenings" })).toBeVisible();
  await expectSoundPage(page, scripts);
  await expectDutchCounterpart(page, "/informatiebijeenkomsten");

  await page.getByRole("main").getByRole("listitem").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/information-evenings\/[0-9a-f-]{36}$/);
  const eveningId = new URL(page.url()).pathname.split("/").pop();
  await expect(page.getByRole("main")).toContainText("When");
  await expect(page.getByRole("heading", { level: 2, name: "Sign up" })).toBeVisible();
  await expectSoundPage(page, scripts);
  await expectDutchCounterpart(page, `/informatiebijeenkomsten/${eveningId}`);

  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: /^(Sign up|Join the waiting list)$/ }).click();
  await expectFieldError(page, "First name", "Enter your first name.");
  await expectFieldError(page, "Email address", "Enter a valid email address, for example name@example.com.");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-address");
  await expectSoundPage(page, scripts);

  await page.getByLabel("First name").fill("Alex");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("radio", { name: "Not sure yet" }).check();
  await page.getByRole("button", { name: /^(Sign up|Join the waiting list)$/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^You are (signed up|on the waiting list)$/ }),
  ).toBeVisible();
  await expect(page.getByRole("status")).toContainText("(in Dutch)");
  await expectSoundPage(page, scripts);

  // Stored as from the Dutch form: the organisation's confirmation goes out as always.
  const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
  expect(outbox).toMatch(/Je bent aangemeld|Je staat op de wachtlijst/);
});

test("an English visitor applies in English from the English home page, step by step, with English messages at the fields", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const scripts = watchScripts(page);
  const email = `apply.${Date.now()}@example.com`;
  await page.goto("/en/");
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Apply" }).click();
  await expect(page).toHaveURL("/en/apply/about-you");
  await expect(page.getByText("Step 1 of 6: About you")).toBeVisible();
  await expectSoundPage(page, scripts);
  await expectDutchCounterpart(page, "/aanmelden/over-jou");

  await page.getByLabel("First name").fill("Alex");
  await page.getByLabel("Date of birth").fill("31-02-1985");
  await saveAndContinue(page);
  await expectFieldError(page, "Last name", "Enter your last name.");
  await expectFieldError(page, "Email address", "Enter your email address.");
  await expectFieldError(
    page,
    "Date of birth",
    "Enter a valid date of birth as day-month-year, for example 15-03-1985.",
  );
  await expect(page.getByLabel("First name")).toHaveValue("Alex");
  await expectSoundPage(page, scripts);

  await page.getByLabel("Last name").fill("Morgan");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Phone number (optional)").fill("+44 20 7946 0000");
  await page.getByLabel("Date of birth").fill("15-03-1985");
  await saveAndContinue(page);

  // The emailed code confirms the address, on an English page of the form.
  await expect(page).toHaveURL("/en/apply/confirm-email");
  await expect(
    page.getByText("To continue with your application, first confirm your email address"),
  ).toBeVisible();
  await expectSoundPage(page, scripts);
  await expectDutchCounterpart(page, "/inloggen/code?verder=aanmelding");
  const code = await latestCode(page, email);
  await page.getByLabel("Code", { exact: true }).fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectFieldError(
    page,
    "Code",
    "This code is not right or has been used already. Check the code or ask for a new one.",
  );
  await expectSoundPage(page, scripts);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL("/en/apply/household");
  await expect(page.getByText("Step 2 of 6: Your household")).toBeVisible();
  await page.getByLabel("Who is this").first().selectOption({ label: "Partner" });
  await saveAndContinue(page);
  await expect(page.locator("#field-member-0-error")).toHaveText(
    "Enter the year of birth of your partner, for example 2012.",
  );
  await expect(page.getByLabel("Year of birth").first()).toHaveAccessibleDescription(/your partner/);
  await expectSoundPage(page, scripts);
  await page.getByLabel("Year of birth").first().fill("1984");
  await saveAndContinue(page);

  await expect(page.getByText("Step 3 of 6: What you would like to do")).toBeVisible();
  await saveAndContinue(page);
  await expectFieldError(page, "Foster parent", "Choose at least one way you would like to help.");
  await expectSoundPage(page, scripts);
  await page.getByLabel("Foster parent", { exact: true }).check();
  await page.getByLabel(/^Part-time/).check();
  await saveAndContinue(page);

  await expect(page.getByText("Step 4 of 6: Your address")).toBeVisible();
  await page.getByLabel("Postcode").fill("SW1A 1AA");
  await page.getByLabel("House number and addition").fill("12");
  await saveAndContinue(page);
  await expectFieldError(page, "Postcode", "Enter a valid Dutch postcode, for example 3511 AB.");
  await expectSoundPage(page, scripts);
  await page.getByLabel("Postcode").fill("3512 jk");
  await saveAndContinue(page);

  await expect(page.getByText("Step 5 of 6: Availability")).toBeVisible();
  await page.getByLabel("When and how much time are you available?").fill("Weekends, from March.");
  await saveAndContinue(page);
  await expectFieldError(page, "Social media", "Choose how you heard about us.");
  await page.getByLabel("Search engine").check();
  await saveAndContinue(page);

  await expect(page.getByText("Step 6 of 6: Check and send")).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("Partner (1984)");
  await expect(main).toContainText("Search engine");
  await expect(main).toContainText("15 March 1985");
  await expectSoundPage(page, scripts);
  await expectDutchCounterpart(page, "/aanmelden/versturen");
  await page.getByRole("button", { name: "Send application" }).click();
  await expectFieldError(page, /I have read the privacy statement/, "You can only apply if you agree");
  await page.getByLabel(/I have read the privacy statement/).check();
  await page.getByRole("button", { name: "Send application" }).click();

  await expect(page).toHaveURL("/en/apply/sent");
  await expect(
    page.getByRole("heading", { level: 1, name: "Thank you, your application has been sent" }),
  ).toBeVisible();
  await expectSoundPage(page, scripts);
  await expectDutchCounterpart(page, "/aanmelden/verstuurd");

  // What is stored is what the Dutch form stores: the answer in Dutch, the same columns.
  const data = await (await page.request.get("/mijn/gegevens.json")).json();
  expect(data.application).toMatchObject({
    email,
    status: "submitted",
    firstName: "Alex",
    lastName: "Morgan",
    postcode: "3512JK",
    parentTypes: ["foster"],
    careForms: ["part_time"],
    heardVia: "Zoekmachine",
    householdMembers: [{ relation: "partner", birthYear: 1984 }],
  });
  // The applicant follows it in Mijn aanmelding, which is Dutch.
  await page.getByRole("main").getByRole("link", { name: "My application (in Dutch)" }).click();
  await expect(page).toHaveURL("/mijn");
});
