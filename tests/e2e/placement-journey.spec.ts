import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

const heuvelrugRecruiter = "werver.heuvelrug@openhuis.test";
const isoInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const freePlaces = /^(\d+) van (\d+) \(deze vraag vraagt er (\d+)\)$/;

test("from a new need to a placement: shortlist another organisation's household, propose, accept, place", async ({
  browser,
  page,
}) => {
  // Two people, six pages, each scanned for accessibility.
  test.slow();
  const policyViolations = watchPolicyViolations(page);
  const reference = `PV-REIS-${Date.now() % 1_000_000}`;
  await signIn(page, demo.placementWorker, "/plaatsing/vragen/nieuw");
  await page.getByLabel("Kenmerk").fill(reference);
  await page.getByLabel("Leeftijd in jaren").fill("9");
  await page.getByLabel("Startdatum").fill(isoInDays(14));
  await page.getByLabel("Langdurig").check();
  await page.getByLabel("School (niet verplicht)").fill("Zeist");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Plaatsingsvraag opslaan" }).click();
  await expect(page.getByRole("heading", { name: `Plaatsingsvraag ${reference}` })).toBeVisible();
  const needUrl = page.url().replace(/\?.*$/, "");
  await expectNoAxeViolations(page);

  // A household of Gezinshuizen De Heuvelrug (labels "… H-0012"), whose recruiter has a demo login.
  const shortlist = page
    .getByRole("region", { name: "Passende gezinnen in de regio" })
    .getByRole("button", { name: /^Op shortlist zetten: .+ H-\d{4}$/ })
    .first();
  const label = ((await shortlist.textContent()) ?? "").replace(/^Op shortlist zetten:/, "").trim();
  await shortlist.click();

  // The shortlist opens the proposal page: free places before, then the proposal with a message.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${label} voor ${reference}`);
  const proposalUrl = page.url().replace(/\?.*$/, "");
  const [free, , needed] =
    (await page.getByText(freePlaces).textContent())?.match(freePlaces)?.slice(1) ?? [];
  expect(Number(needed)).toBe(1);
  await expectNoAxeViolations(page);
  await page
    .getByLabel("Bericht aan Gezinshuizen De Heuvelrug")
    .fill("Jongen van 9, school in Zeist; graag een rustig huis.");
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Het voorstel is verstuurd naar Gezinshuizen De Heuvelrug.",
  );

  // The household's organisation accepts in its inbox.
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, heuvelrugRecruiter, "/plaatsing/voorstellen");
  await expectNoAxeViolations(owner);
  await owner
    .getByRole("table", { name: "Voorstellen die op jullie antwoord wachten, nieuwste eerst" })
    .getByRole("row")
    .filter({ hasText: reference })
    .getByRole("link", { name: label })
    .click();
  await expect(owner).toHaveURL(proposalUrl);
  await expect(
    owner.getByText("Jongen van 9, school in Zeist; graag een rustig huis.", { exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(owner);
  await owner.getByRole("button", { name: "Voorstel accepteren" }).click();
  await expect(owner.getByRole("status")).toContainText("Je antwoord is verstuurd naar de plaatser.");
  await owner.context().close();

  // The proposer now sees the household's contact, and places.
  await page.goto(proposalUrl);
  await expect(page.getByText("Geaccepteerd", { exact: true })).toBeVisible();
  await expect(page.getByText(/@voorbeeld\.test$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Plaatsing vastleggen" }).click();
  await expect(page.getByRole("status")).toContainText("De plaatsing is vastgelegd.");
  await expect(page.getByText(freePlaces)).toHaveText(new RegExp(`^${Number(free) - 1} van `));

  // The need is placed, with the steps on its timeline.
  await page.goto(needUrl);
  await expect(page.getByRole("term").filter({ hasText: "Status" }).locator("+ dd")).toHaveText("Geplaatst");
  const timeline = page.getByRole("list", { name: "Tijdlijn, nieuwste eerst" });
  await expect(timeline.getByText(`Geplaatst bij ${label}`)).toBeVisible();
  await expect(timeline.getByText(`Gezinshuizen De Heuvelrug heeft ${label} geaccepteerd`)).toBeVisible();
  await expect(timeline.getByText(`${label} voorgesteld aan Gezinshuizen De Heuvelrug`)).toBeVisible();
  await expect(timeline.getByText(`${label} op de shortlist gezet`)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(policyViolations).toEqual([]);
});
