import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn } from "./support";

test("an admin invites a new recruiter, who signs in, reaches Werving, and loses access when revoked", async ({
  browser,
}) => {
  const newcomer = `nieuwe.werver.${Date.now()}@openhuis.test`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await expect(admin).toHaveURL("/beheer");
  await admin.getByLabel("E-mailadres van de medewerker").fill(newcomer);
  await admin.getByLabel("Rol").selectOption({ label: "werver" });
  await admin.getByRole("button", { name: "Rol toekennen" }).click();
  await expect(admin.getByRole("status")).toContainText(`${newcomer} is uitgenodigd`);
  await expect(admin.getByRole("table", { name: "Uitgenodigd, nog niet ingelogd" })).toContainText(newcomer);
  await expectNoAxeViolations(admin);

  const invitation = await (
    await admin.request.get(`/dev/outbox?aan=${encodeURIComponent(newcomer)}`)
  ).text();
  expect(invitation).toContain("uitgenodigd als werver");

  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, newcomer);
  await expect(colleague).toHaveURL("/werving");

  await admin.reload();
  const staffTable = admin.getByRole("table", { name: /Medewerkers met een rol/ });
  await expect(staffTable).toContainText(newcomer);
  await expect(
    admin.getByRole("table", { name: "Laatste wijzigingen in rollen en verzoeken" }),
  ).toContainText("Uitnodiging geaccepteerd");
  await admin.getByRole("button", { name: `Intrekken rol werver van ${newcomer}` }).click();
  await expect(admin.getByRole("status")).toContainText("De rol is ingetrokken.");

  const response = await colleague.goto("/werving");
  expect(response?.status()).toBe(403);
});

test("an admin gets a clear message for an invalid address and keeps the chosen role", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.getByLabel("E-mailadres van de medewerker").fill("geen-adres");
  await page.getByLabel("Rol").selectOption({ label: "plaatser" });
  await page.getByRole("button", { name: "Rol toekennen" }).click();
  await expect(page.getByLabel("E-mailadres van de medewerker")).toHaveAccessibleDescription(
    /geldig e-mailadres/,
  );
  await expect(page.getByLabel("E-mailadres van de medewerker")).toHaveValue("geen-adres");
  await expect(page.getByLabel("Rol")).toHaveValue("placement_worker");
});
