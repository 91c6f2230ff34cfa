import { expect, type Locator, type Page, test } from "@playwright/test";
import { addCalendarDays, amsterdamDate } from "../../src/domain/evenings/amsterdam-time";
import { demo, expectNoAxeViolations, signIn } from "./support";

/** Presses Tab until `target` has focus, as someone without a mouse would. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with Tab");
}

/** The text part of the newest mail to `to` whose subject matches, read from the developer outbox. */
async function mailText(page: Page, to: string, subject: RegExp): Promise<string> {
  await page.goto(`/dev/outbox?aan=${encodeURIComponent(to)}`);
  await page.getByRole("link", { name: subject }).first().click();
  return (await page.getByTestId("mail-text").textContent()) ?? "";
}

async function planEvening(page: Page, title: string, capacity: number, description = ""): Promise<void> {
  await page.goto("/werving/informatiebijeenkomsten/nieuw");
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beschrijving (niet verplicht)").fill(description);
  await page.getByLabel("Datum").fill(addCalendarDays(amsterdamDate(new Date()), 10));
  await page.getByLabel("Begintijd").fill("19:30");
  await page.getByLabel("Eindtijd").fill("21:30");
  await page.getByLabel("Naam van de locatie").fill("Buurthuis De Pijler");
  await page.getByLabel("Plaats", { exact: true }).fill("Utrecht");
  await page.getByLabel("Aantal plaatsen").fill(String(capacity));
  await page.getByRole("button", { name: "Bijeenkomst aanmaken" }).click();
  await expect(page.getByRole("status")).toContainText("De bijeenkomst is aangemaakt");
}

async function registerWithKeyboard(
  page: Page,
  title: string,
  firstName: string,
  email: string,
): Promise<void> {
  await page.goto("/informatiebijeenkomsten");
  await tabTo(page, page.getByRole("link", { name: title, exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await tabTo(page, page.getByLabel("Voornaam"));
  await page.keyboard.type(firstName);
  await tabTo(page, page.getByLabel("E-mailadres"));
  await page.keyboard.type(email);
  await tabTo(page, page.getByRole("radio", { name: "Pleegouder" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: /^(Aanmelden|Op de wachtlijst)$/ }));
  await page.keyboard.press("Enter");
}

test("a recruiter plans an evening, a visitor registers with the keyboard only and gets the confirmation with a calendar file", async ({
  browser,
}) => {
  const title = `Informatieavond pleegzorg ${Date.now()}`;
  const recruiter = await (await browser.newContext()).newPage();
  await signIn(recruiter, demo.recruiter);
  await recruiter.getByRole("main").getByRole("link", { name: "Informatiebijeenkomsten" }).click();
  await expect(recruiter.getByRole("heading", { level: 1, name: "Informatiebijeenkomsten" })).toBeVisible();
  await expectNoAxeViolations(recruiter);

  await recruiter.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await expect(
    recruiter.getByRole("heading", { level: 1, name: "Nieuwe informatiebijeenkomst" }),
  ).toBeVisible();
  await expectNoAxeViolations(recruiter);
  await recruiter.getByLabel("Titel").fill(title);
  await recruiter.getByRole("radio", { name: "Online" }).check();
  await recruiter.getByRole("button", { name: "Bijeenkomst aanmaken" }).click();
  await expect(recruiter.getByLabel("Datum")).toHaveAccessibleDescription(/Vul de datum in/);
  await expect(recruiter.getByLabel("Link naar de online bijeenkomst")).toHaveAccessibleDescription(
    /Vul de link naar de online bijeenkomst in/,
  );
  await expect(recruiter.getByLabel("Titel")).toHaveValue(title);
  await expectNoAxeViolations(recruiter);

  // The browser sends the blank line as CR LF CR LF.
  await planEvening(recruiter, title, 20, "Welkom bij de informatieavond.\n\nWe beginnen met koffie.");
  await expect(
    recruiter.getByRole("table", { name: "Geplande bijeenkomsten van je organisatie" }),
  ).toContainText(title);

  const visitor = await (await browser.newContext()).newPage();
  const email = `bezoeker.${Date.now()}@voorbeeld.test`;
  await visitor.goto("/informatiebijeenkomsten");
  await expect(visitor.getByRole("heading", { level: 1, name: "Informatiebijeenkomsten" })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.locator(".evening-description p")).toHaveText([
    "Welkom bij de informatieavond.",
    "We beginnen met koffie.",
  ]);
  await expectNoAxeViolations(visitor);

  await visitor.getByLabel("E-mailadres").fill("geen-adres");
  await visitor.getByRole("button", { name: "Aanmelden" }).click();
  await expect(visitor.getByLabel("E-mailadres")).toHaveAccessibleDescription(/geldig e-mailadres/);
  await expect(visitor.getByLabel("Voornaam")).toHaveAccessibleDescription(/Vul je voornaam in/);
  await expectNoAxeViolations(visitor);

  await registerWithKeyboard(visitor, title, "Samira", email);
  await expect(visitor.getByRole("heading", { level: 1, name: "Je bent aangemeld" })).toBeVisible();
  await expectNoAxeViolations(visitor);

  const confirmation = await mailText(visitor, email, new RegExp(`Je bent aangemeld: ${title}`));
  expect(confirmation).toContain("Hoi Samira");
  expect(confirmation).toContain("informatiebijeenkomst.ics");
  expect(confirmation).toMatch(/\/informatiebijeenkomsten\/afmelden\?token=/);

  await recruiter.getByRole("link", { name: title, exact: true }).click();
  await expect(recruiter.getByRole("table", { name: `Aanmeldingen voor ${title}` })).toContainText(email);
  await expectNoAxeViolations(recruiter);
  await recruiter.getByRole("link", { name: "Bijeenkomst wijzigen" }).click();
  await expect(recruiter.getByRole("heading", { level: 1, name: `${title} wijzigen` })).toBeVisible();
  await expect(recruiter.getByLabel("Titel")).toHaveValue(title);
  await expectNoAxeViolations(recruiter);
});

test("a full evening puts the next person on the waiting list, who gets the place when someone cancels", async ({
  browser,
}) => {
  const title = `Kleine informatieavond ${Date.now()}`;
  const recruiter = await (await browser.newContext()).newPage();
  // A recruiter of another organisation in the region: sign-in codes per address are capped.
  await signIn(recruiter, "werver.heuvelrug@openhuis.test");
  await planEvening(recruiter, title, 1);

  const first = `eerste.${Date.now()}@voorbeeld.test`;
  const second = `tweede.${Date.now()}@voorbeeld.test`;
  const firstVisitor = await (await browser.newContext()).newPage();
  await registerWithKeyboard(firstVisitor, title, "Kim", first);
  await expect(firstVisitor.getByRole("heading", { level: 1, name: "Je bent aangemeld" })).toBeVisible();

  const secondVisitor = await (await browser.newContext()).newPage();
  await secondVisitor.goto("/informatiebijeenkomsten");
  await expect(secondVisitor.getByRole("listitem").filter({ hasText: title })).toContainText(
    "Vol — wachtlijst",
  );
  await registerWithKeyboard(secondVisitor, title, "Noor", second);
  await expect(
    secondVisitor.getByRole("heading", { level: 1, name: "Je staat op de wachtlijst" }),
  ).toBeVisible();
  await expectNoAxeViolations(secondVisitor);

  const confirmation = await mailText(firstVisitor, first, /Je bent aangemeld/);
  const cancelLink =
    /https?:\/\/\S+\/informatiebijeenkomsten\/afmelden\?token=\S+/.exec(confirmation)?.[0] ?? "";
  await firstVisitor.goto(cancelLink);
  await expect(
    firstVisitor.getByRole("heading", { level: 1, name: "Afmelden voor een informatiebijeenkomst" }),
  ).toBeVisible();
  await expectNoAxeViolations(firstVisitor);
  await firstVisitor.getByRole("button", { name: "Ja, meld mij af" }).click();
  await expect(firstVisitor.getByRole("heading", { level: 1, name: "Je bent afgemeld" })).toBeVisible();
  await expect(firstVisitor.getByRole("status")).toContainText(
    "Staat er iemand op de wachtlijst, dan krijgt die je plek.",
  );
  await expectNoAxeViolations(firstVisitor);

  const promotion = await mailText(secondVisitor, second, /Er is een plek voor je vrijgekomen/);
  expect(promotion).toContain("Hoi Noor");

  await recruiter.goto("/werving/informatiebijeenkomsten");
  await recruiter.getByRole("link", { name: title, exact: true }).click();
  const registrations = recruiter.getByRole("table", { name: `Aanmeldingen voor ${title}` });
  await expect(registrations.getByRole("row").filter({ hasText: first })).toContainText("Afgemeld");
  await expect(registrations.getByRole("row").filter({ hasText: second })).toContainText("Aangemeld");
});

test("the form answers an address already on the list exactly as a new one, and mails only that address", async ({
  browser,
}) => {
  const email = `al-aangemeld.${Date.now()}@voorbeeld.test`;
  const answerTo = async (firstName: string, address: string) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto("/informatiebijeenkomsten");
    await page.locator("main ul a[href^='/informatiebijeenkomsten/']").first().click();
    await page.getByLabel("Voornaam").fill(firstName);
    await page.getByLabel("E-mailadres").fill(address);
    await page.getByRole("button", { name: /^(Aanmelden|Op de wachtlijst)$/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    return { page, main: ((await page.locator("main").textContent()) ?? "").replaceAll(address, "<adres>") };
  };
  const owner = await answerTo("Samira", email);
  const someoneElse = await answerTo("Iemand", email);
  const newcomer = await answerTo("Iemand", `nieuw.${Date.now()}@voorbeeld.test`);
  expect(someoneElse.main).toBe(newcomer.main);
  expect(someoneElse.main).not.toContain("al aangemeld");

  const outbox = await (await owner.page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
  expect(outbox.match(/Je bent aangemeld|Je staat op de wachtlijst/g)?.length).toBeGreaterThanOrEqual(2);
});
