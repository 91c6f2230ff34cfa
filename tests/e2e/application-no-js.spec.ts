import { expect, test } from "@playwright/test";
import { confirmAddress } from "./support";

test.use({ javaScriptEnabled: false });

test("the application can be completed and sent without JavaScript, housemates added one by one", async ({
  page,
}) => {
  const email = `zonderjs.${Date.now()}@example.nl`;
  // From the support-parent campaign: step 3 starts with "Steunouder" ticked.
  await page.goto("/aanmelden?campagne=steunouder-worden");
  await page.getByLabel("Voornaam").fill("Lotte");
  await page.getByLabel("Achternaam").fill("Jansen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Geboortedatum").fill("02-05-1979");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await confirmAddress(page, email);

  // One row to start with; "Nog een huisgenoot toevoegen" keeps it and adds the next.
  await expect(page.getByRole("group", { name: /^Huisgenoot/ })).toHaveCount(1);
  await page.getByLabel("Wie is dit").selectOption({ label: "Partner" });
  await page.getByLabel("Geboortejaar").fill("1978");
  await page.getByRole("button", { name: "Nog een huisgenoot toevoegen" }).click();
  await expect(page.getByRole("group", { name: /^Huisgenoot/ })).toHaveCount(2);
  await expect(page.getByLabel("Geboortejaar").first()).toHaveValue("1978");
  const second = page.getByRole("group", { name: "Huisgenoot 2" });
  await second.getByLabel("Wie is dit").selectOption({ label: "Kind" });
  await second.getByLabel("Geboortejaar").fill("2011");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page.getByText("Stap 3 van 6: Wat wil je doen")).toBeVisible();
  await expect(page.getByLabel("Steunouder", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Pleegouder", { exact: true })).not.toBeChecked();
  // Saved steps are links back, for correcting an answer.
  await expect(page.getByRole("link", { name: "Je huishouden (ingevuld)" })).toHaveAttribute(
    "href",
    "/aanmelden/huishouden",
  );
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  // A postcode nobody knows is saved, but the step says so once before going on.
  await page.getByLabel("Postcode").fill("9999 ZZ");
  await page.getByLabel("Huisnummer en toevoeging").fill("3");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByText("Stap 4 van 6: Je adres")).toBeVisible();
  await expect(page.getByText("Postcode 9999 ZZ kunnen we niet vinden.")).toBeVisible();
  await expect(page.getByLabel("Postcode")).toHaveValue("9999ZZ");
  await page.getByLabel("Postcode").fill("3701 AA");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  await expect(page.getByText("Stap 5 van 6: Beschikbaarheid")).toBeVisible();
  await page.getByLabel("Wanneer en hoeveel tijd ben je beschikbaar?").fill("Fulltime, vanaf volgend jaar.");
  await page.getByLabel("Anders, namelijk (niet verplicht)").fill("Een poster in de bibliotheek <3");
  await page.getByRole("button", { name: "Opslaan en verder" }).click();

  // The check names the town the postcode belongs to, and what "Anders" was.
  await expect(page.getByText("3701 AA 3, Zeist")).toBeVisible();
  await expect(page.getByText("Partner (1978), Kind (2011)")).toBeVisible();
  await expect(page.getByText("Anders: Een poster in de bibliotheek <3")).toBeVisible();
  await page.getByLabel(/privacyverklaring gelezen/).check();
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt, je aanmelding is verstuurd" })).toBeVisible();
});
