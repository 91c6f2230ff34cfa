import { expect, type Page, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./support";

/** The accept link in the newest invitation mail to `email`, read from the developer outbox. */
async function invitationLink(page: Page, email: string): Promise<string> {
  const outbox = await (await page.request.get(`/dev/outbox?aan=${encodeURIComponent(email)}`)).text();
  const messageId = /\/dev\/outbox\/([0-9a-f-]{36})/.exec(outbox)?.[1];
  const mail = await (await page.request.get(`/dev/outbox/${messageId}`)).text();
  const link = /(http:\/\/[^\s<"]+\/uitnodiging\?token=[\w-]+)/.exec(mail)?.[1];
  expect(link).toBeDefined();
  return link ?? "";
}

test("an admin invites a new recruiter, who signs in, reaches Werving, and loses access when revoked", async ({
  browser,
}) => {
  const newcomer = `nieuwe.werver.${Date.now()}@openhuis.test`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await expect(admin).toHaveURL("/beheer");
  await admin.getByLabel("E-mailadres van de medewerker").fill(newcomer);
  await admin.getByLabel("Rol", { exact: true }).selectOption({ label: "werver" });
  await admin.getByRole("button", { name: "Rol toekennen" }).click();
  await expect(admin.getByRole("status")).toContainText(`${newcomer} is uitgenodigd`);
  await expect(admin.getByRole("table", { name: "Uitgenodigd, nog niet geaccepteerd" })).toContainText(
    newcomer,
  );
  await expectNoAxeViolations(admin);

  const invitation = await (
    await admin.request.get(`/dev/outbox?aan=${encodeURIComponent(newcomer)}`)
  ).text();
  expect(invitation).toContain("uitgenodigd als werver");
  const acceptLink = await invitationLink(admin, newcomer);

  // Signing in alone grants nothing: the role starts with the click on the mailed link.
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, newcomer);
  expect((await colleague.goto("/werving"))?.status()).toBe(403);
  await colleague.goto(acceptLink);
  await colleague.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(colleague).toHaveURL("/werving");

  await admin.reload();
  const staffTable = admin.getByRole("table", { name: /Medewerkers met een rol/ });
  await expect(staffTable).toContainText(newcomer);
  await expect(admin.getByRole("table", { name: "Laatste wijzigingen in deze organisatie" })).toContainText(
    "Uitnodiging geaccepteerd",
  );
  // Revoking asks first; saying no changes nothing.
  await admin.getByRole("link", { name: `Intrekken rol werver van ${newcomer}` }).click();
  await expect(admin.getByRole("heading", { name: "Rol intrekken?" })).toBeVisible();
  await expect(admin.locator("#rol-intrekken")).toBeFocused();
  await expect(admin.locator("#rol-intrekken")).toContainText(`${newcomer} is dan geen werver meer`);
  await expectNoAxeViolations(admin);
  await admin.getByRole("link", { name: "Nee, niet intrekken" }).click();
  await expect(admin.getByRole("heading", { name: "Rol intrekken?" })).toHaveCount(0);
  await expect(staffTable).toContainText(newcomer);
  expect((await colleague.goto("/werving"))?.status()).toBe(200);

  await admin.getByRole("link", { name: `Intrekken rol werver van ${newcomer}` }).click();
  await admin.getByRole("button", { name: "Ja, trek de rol in" }).click();
  await expect(admin.getByRole("status")).toContainText("De rol is ingetrokken.");
  await expect(staffTable).not.toContainText(newcomer);

  const response = await colleague.goto("/werving");
  expect(response?.status()).toBe(403);
});

test("an admin gets a clear message for an invalid address and keeps the chosen role", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.getByLabel("E-mailadres van de medewerker").fill("geen-adres");
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "plaatser" });
  await page.getByRole("button", { name: "Rol toekennen" }).click();
  await expect(page.getByLabel("E-mailadres van de medewerker")).toHaveAccessibleDescription(
    /geldig e-mailadres/,
  );
  await expect(page.getByLabel("E-mailadres van de medewerker")).toHaveValue("geen-adres");
  await expect(page.getByLabel("Rol", { exact: true })).toHaveValue("placement_worker");
});

test("a re-sent invitation replaces the old link, and another account cannot accept it for the invitee", async ({
  browser,
}) => {
  const invitee = `uitgenodigd.${Date.now()}@openhuis.test`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await admin.getByLabel("E-mailadres van de medewerker").fill(invitee);
  await admin.getByLabel("Rol", { exact: true }).selectOption({ label: "plaatser" });
  await admin.getByRole("button", { name: "Rol toekennen" }).click();
  const first = await invitationLink(admin, invitee);
  await admin.getByRole("button", { name: `Opnieuw sturen uitnodiging van ${invitee}` }).click();
  await expect(admin.getByRole("status")).toContainText(`opnieuw naar ${invitee} gestuurd`);
  const second = await invitationLink(admin, invitee);
  expect(second).not.toBe(first);

  const stranger = await (await browser.newContext()).newPage();
  await signIn(stranger, demo.recruiter);
  await stranger.goto(second);
  await stranger.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(stranger.getByRole("alert")).toContainText("voor een ander e-mailadres");

  const person = await (await browser.newContext()).newPage();
  await person.goto(first);
  await person.getByRole("main").getByRole("link", { name: "Inloggen" }).click();
  await person.getByLabel("E-mailadres").fill(invitee);
  await person.getByRole("button", { name: "Stuur mij een inlogcode" }).click();
  const outbox = await (await person.request.get(`/dev/outbox?aan=${encodeURIComponent(invitee)}`)).text();
  await person.getByLabel("Inlogcode").fill(/Je inlogcode voor Openhuis is (\d{6})/.exec(outbox)?.[1] ?? "");
  await person.getByRole("button", { name: "Inloggen" }).click();
  await expect(person).toHaveURL(/\/uitnodiging\?token=/);
  await person.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(person.getByRole("alert")).toContainText("verlopen, al gebruikt of ingetrokken");

  await person.goto(second);
  await person.getByRole("button", { name: "Uitnodiging accepteren" }).click();
  await expect(person).toHaveURL("/plaatsing");
  await expectNoAxeViolations(person);
});

test("the admin's log names every change in Dutch, a campaign by its address", async ({ browser }) => {
  const recruiter = await (await browser.newContext()).newPage();
  await signIn(recruiter, demo.recruiter, "/werving/campagnes");
  await recruiter.getByRole("link", { name: "Pleegouder worden in Houten" }).click();
  await recruiter.getByRole("button", { name: "Offline halen" }).click();
  await recruiter.getByRole("button", { name: "Publiceren" }).click();
  await expect(recruiter.getByRole("status")).toContainText("De campagne staat online.");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin, "/beheer");
  const log = admin.getByRole("table", { name: "Laatste wijzigingen in deze organisatie" });
  const newest = log.getByRole("row").nth(1);
  await expect(newest).toContainText("Campagne gepubliceerd");
  await expect(newest).toContainText("pleegouder-in-houten");
  await expect(log.getByRole("row").nth(2)).toContainText("Campagne offline gehaald");
  for (const cell of await log.getByRole("cell").allTextContents()) {
    expect(cell).not.toMatch(/^[a-z_]+\.[a-z_]+$/);
  }
});
