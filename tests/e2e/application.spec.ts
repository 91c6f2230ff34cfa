import { expect, type Page, test } from "@playwright/test";
import { confirmAddress, demo, expectNoAxeViolations, latestCode, signIn } from "./support";

const uniqueEmail = (name: string) => `${name}.${Date.now()}@example.nl`;

async function fillAboutYou(page: Page, email: string, dateOfBirth = "15-03-1985") {
  await page.getByLabel("Voornaam").fill("Sanne");
  await page.getByLabel("Achternaam").fill("de Vries");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Telefoonnummer (niet verplicht)").fill("+31 6 87654321");
  await page.getByLabel("Geboortedatum").fill(dateOfBirth);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
}

/** Step 1, the emailed code, and on to step 2. */
async function startAs(page: Page, email: string, dateOfBirth?: string) {
  await fillAboutYou(page, email, dateOfBirth);
  await confirmAddress(page, email);
}

async function completeApplication(page: Page, email: string) {
  await page.goto("/aanmelden?campagne=pleegouder-worden&utm_source=facebook");
  await expect(page.getByText("Stap 1 van 6: Over jou")).toBeVisible();
  await startAs(page, email);

  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
  await page.getByLabel("Wie is dit").first().selectOption({ label: "Partner" });
  await page.getByLabel("Geboortejaar").first().fill("1983");
  await page.getByRole("button", { name: "Nog een huisgenoot toevoegen" }).click();
  await expect(page.getByRole("group", { name: "Huisgenoot 2" }).getByLabel("Wie is dit")).toBeFocused();
  await page.getByLabel("Wie is dit").nth(1).selectOption({ label: "Kind" });
  await page.getByLabel("Geboortejaar").nth(1).fill("2012");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page.getByText("Stap 3 van 6: Wat wil je doen")).toBeVisible();
  await page.getByLabel("Pleegouder", { exact: true }).check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page.getByText("Stap 4 van 6: Je adres")).toBeVisible();
  await page.getByLabel("Postcode").fill("3512 jk");
  await page.getByLabel("Huisnummer en toevoeging").fill("12");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page.getByText("Stap 5 van 6: Beschikbaarheid")).toBeVisible();
  await page
    .getByLabel("Wanneer en hoeveel tijd ben je beschikbaar?")
    .fill("Vanaf maart, ik werk drie dagen per week.");
  await page.getByLabel("Social media").check();
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page.getByText("Stap 6 van 6: Controleren en versturen")).toBeVisible();
}

test("a prospective parent applies, gets a confirmation and follows their application in Mijn aanmelding", async ({
  page,
}) => {
  const email = uniqueEmail("sanne");
  await completeApplication(page, email);
  await expect(page.getByText("Partner (1983), Kind (2012)")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByLabel(/privacyverklaring gelezen/)).toHaveAccessibleDescription(/akkoord/);
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();

  const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
  expect(outbox).toContain("We hebben je aanmelding ontvangen");

  // Signed in since confirming the address in step 1.
  await page.getByRole("link", { name: "Mijn aanmelding" }).first().click();
  await expect(page).toHaveURL("/mijn");
  await expect(
    page.getByText("Je hebt je aangemeld als pleegouder bij Pleegzorg Utrecht Stad."),
  ).toBeVisible();
  await expect(page.locator('.timeline [aria-current="step"]')).toContainText("Aanmelding");
  // Only what happened, what happens now and what follows: the first conversation, as the confirmation said.
  const stages = await page.locator(".timeline h3").allTextContents();
  expect(stages.slice(0, 3)).toEqual(["Interesse (afgerond)", "Aanmelding (nu)", "Kennismaking"]);
  await expect(page.locator(".utrecht-alert").filter({ hasText: "Wat komt er hierna?" })).toContainText(
    "Kennismaking: Een eerste gesprek",
  );
  await expect(page.getByText("Verklaring van Geen Bezwaar voor je kind (geboren in 2012)")).toBeVisible();
  await expectNoAxeViolations(page);

  const download = await page.request.get("/mijn/gegevens.json");
  const data = await download.json();
  expect(data.application.email).toBe(email);
  expect(data.application.householdMembers).toHaveLength(2);
  expect(data.application.privacyVersion).toBe("2026-11");

  await page.getByLabel("Telefoonnummer (niet verplicht)").fill("bel me");
  await page.getByRole("button", { name: "Contactgegevens opslaan" }).click();
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(
    page.getByRole("alert").getByRole("link", { name: /^Telefoonnummer: Vul een geldig telefoonnummer in/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Telefoonnummer (niet verplicht)").fill("+31 6 87654321");
  await page.getByRole("button", { name: "Contactgegevens opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Je contactgegevens zijn bijgewerkt.");
  await expect(page.getByLabel("Telefoonnummer (niet verplicht)")).toHaveValue("+31 6 87654321");

  await page.getByRole("button", { name: "Aanmelding intrekken" }).click();
  await expect(page.getByLabel("Ja, ik wil mijn aanmelding intrekken")).toHaveAccessibleDescription(
    /Vink aan/,
  );
  await page.getByLabel("Ja, ik wil mijn aanmelding intrekken").check();
  await page.getByRole("button", { name: "Aanmelding intrekken" }).click();
  await expect(page.getByRole("status")).toContainText("Je aanmelding is ingetrokken");
});

test("bad input gets Dutch messages next to the fields and keeps what was typed", async ({ page }) => {
  await page.goto("/aanmelden");
  await page.getByLabel("Voornaam").fill("Kees");
  await page.getByLabel("E-mailadres").fill("kees@");
  await page.getByLabel("Geboortedatum").fill("31-02-1990");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByLabel("Achternaam")).toHaveAccessibleDescription(/Vul je achternaam in/);
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(/geldig e-mailadres/);
  await expect(page.getByLabel("Geboortedatum")).toHaveAccessibleDescription(/geldige geboortedatum/);
  // Focus lands on the summary, which names each field with its message.
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Achternaam: Vul je achternaam in.",
    /^E-mailadres: /,
    /^Geboortedatum: Vul een geldige geboortedatum in/,
  ]);
  await expect(page.getByLabel("Voornaam")).toHaveValue("Kees");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("kees@");
  await expectNoAxeViolations(page);
});

test("someone under 21 is told at step 1, next to the date of birth, why and when they can apply", async ({
  page,
}) => {
  const twentyYearsAgo = new Date().getUTCFullYear() - 20;
  await page.goto("/aanmelden");
  await fillAboutYou(page, uniqueEmail("jong"), `01-12-${twentyYearsAgo}`);
  await expect(page.getByLabel("Geboortedatum")).toHaveAccessibleDescription(/vanaf 21 jaar/);
  await expect(page.getByLabel("Geboortedatum")).toHaveValue(`01-12-${twentyYearsAgo}`);
  await expectNoAxeViolations(page);
});

test("a household error says which housemate it is about and calls 2031 and 1800 not a valid year", async ({
  page,
}) => {
  await page.goto("/aanmelden");
  await startAs(page, uniqueEmail("huishouden"));
  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
  await page.getByLabel("Wie is dit").first().selectOption({ label: "Partner" });
  await page.getByLabel("Geboortejaar").first().fill("1800");
  // A row that cannot be saved still gets the next one, and keeps its message.
  await page.getByRole("button", { name: "Nog een huisgenoot toevoegen" }).click();
  await expect(page.getByRole("group", { name: "Huisgenoot 2" })).toBeVisible();
  await page.getByLabel("Wie is dit").nth(1).selectOption({ label: "Kind" });
  await page.getByLabel("Geboortejaar").nth(1).fill("2031");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  const thisYear = new Date().getFullYear();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    `Huisgenoot 1: 1800 is geen geldig geboortejaar voor je partner. Vul een jaar in van 1900 tot en met ${thisYear}.`,
    `Huisgenoot 2: 2031 is geen geldig geboortejaar voor je kind. Vul een jaar in van 1900 tot en met ${thisYear}.`,
  ]);
  await expect(
    page.getByRole("group", { name: "Huisgenoot 2" }).getByLabel("Geboortejaar"),
  ).toHaveAccessibleDescription(/2031 is geen geldig geboortejaar voor je kind/);
  await expect(page.getByLabel("Geboortejaar").nth(1)).toHaveValue("2031");
  await expectNoAxeViolations(page);
});

test("an invalid postcode is explained and the step is not saved", async ({ page }) => {
  await page.goto("/aanmelden");
  await startAs(page, uniqueEmail("postcode"));
  await page.goto("/aanmelden/adres");
  await page.getByLabel("Postcode").fill("0123 XY");
  await page.getByLabel("Huisnummer en toevoeging").fill("5");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByLabel("Postcode")).toHaveAccessibleDescription(/geldige postcode/);
  await expect(page.getByLabel("Postcode")).toHaveValue("0123 XY");
});

test("a postcode we cannot find is pointed out once, and can be kept: the second save goes on", async ({
  page,
}) => {
  await page.goto("/aanmelden");
  await startAs(page, uniqueEmail("onbekendepostcode"));
  await page.goto("/aanmelden/adres");
  await page.getByLabel("Postcode").fill("9999 ZZ");
  await page.getByLabel("Huisnummer en toevoeging").fill("1");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByText("Postcode 9999 ZZ kunnen we niet vinden.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByText("Stap 5 van 6: Beschikbaarheid")).toBeVisible();
  await page.goto("/aanmelden/versturen");
  await expect(
    page.getByText("9999 ZZ 1 (deze postcode kunnen we niet vinden: controleer hem)"),
  ).toBeVisible();
});

test("step 1 answers the same for a known and an unknown address; the owner is told by mail and continues after the code", async ({
  page,
  browser,
}) => {
  const known = uniqueEmail("terug");
  await page.goto("/aanmelden");
  await startAs(page, known);
  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();

  const answerTo = async (email: string) => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/aanmelden");
    await fillAboutYou(visitor, email);
    const main = (await visitor.locator("main").textContent()) ?? "";
    const answer = { visitor, url: visitor.url(), main: main.replaceAll(email, "<adres>") };
    // Nor does trying the next step without the code tell the two apart.
    const probe = await (await visitor.context().newPage()).goto("/aanmelden/huishouden");
    return { ...answer, nextStep: probe?.url() };
  };
  const forKnown = await answerTo(known);
  const forUnknown = await answerTo(uniqueEmail("onbekend"));
  expect(forKnown.url).toBe(forUnknown.url);
  expect(forKnown.main).toBe(forUnknown.main);
  expect(forKnown.nextStep).toBe(forUnknown.nextStep);

  const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(known)}`)).text();
  expect(outbox).toContain("Iemand begon een aanmelding met jouw e-mailadres");
  await confirmAddress(forKnown.visitor, known);
  await expect(forKnown.visitor.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
});

test("a browser that started with someone else's address reads and changes nothing once the owner signed in and sent it", async ({
  page,
  browser,
}) => {
  const victim = uniqueEmail("slachtoffer");
  const attacker = await (await browser.newContext()).newPage();
  await attacker.goto("/aanmelden");
  await fillAboutYou(attacker, victim);
  // The attacker never gets the code; the draft's token in their browser does not open step 2.
  await attacker.goto("/aanmelden/huishouden");
  await expect(attacker).toHaveURL("/aanmelden/over-jou");

  await completeApplication(page, victim);
  // Signing in ended this browser's draft cookie too.
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("openhuis_application");
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();

  await attacker.goto("/aanmelden/versturen");
  await expect(attacker).toHaveURL("/aanmelden/over-jou");
  await expect(attacker.locator("main")).not.toContainText("3512");
  await expect(attacker.locator("main")).not.toContainText("Partner (1983)");
  const changed = await attacker.request.post("/aanmelden/adres?_action=application.address", {
    form: { postcode: "9999 ZZ", houseNumber: "1" },
    headers: { origin: new URL(attacker.url()).origin },
    maxRedirects: 0,
  });
  expect(changed.status()).toBeLessThan(500);
  const data = await (await page.request.get("/mijn/gegevens.json")).json();
  expect(data.application.postcode).toBe("3512JK");
  expect(data.application.status).toBe("submitted");
});

test("the whole application works with the keyboard only", async ({ page }) => {
  const email = uniqueEmail("toetsenbord");
  await page.goto("/aanmelden");
  await page.getByLabel("Voornaam").focus();
  await page.keyboard.type("Ahmed");
  await page.keyboard.press("Tab");
  await page.keyboard.type("El Amrani");
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.type("12-12-1980");
  await page.keyboard.press("Enter");
  await page.getByLabel("Inlogcode").focus();
  await page.keyboard.type(await latestCode(page, email));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Stap 2 van 6: Je huishouden")).toBeVisible();
  await page.getByRole("button", { name: "Opslaan en verder" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Stap 3 van 6: Wat wil je doen")).toBeVisible();
  await page.getByLabel("Steunouder", { exact: true }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Opslaan en verder" }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Postcode").focus();
  await page.keyboard.type("3811AB");
  await page.keyboard.press("Tab");
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Stap 5 van 6: Beschikbaarheid")).toBeVisible();
});

test("a recruiter of the routed organisation sees the new application in Werving", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("werving");
  await completeApplication(page, email);
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();

  const recruiter = await (await browser.newContext()).newPage();
  await signIn(recruiter, demo.recruiter);
  await recruiter.goto(`/werving?weergave=tabel&zoek=${encodeURIComponent(email)}`);
  const applications = recruiter.getByRole("table", { name: /^Aanmeldingen, gesorteerd op/ });
  await expect(applications.getByRole("row").nth(1)).toContainText("Sanne de Vries");
  await expect(applications.getByRole("row").nth(1)).toContainText("Utrecht");
});
