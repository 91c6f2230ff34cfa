import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

const heuvelrugRecruiter = "werver.heuvelrug@openhuis.test";

test("a placement worker proposes another organisation's household; the owner accepts; the proposer sees the contact and places", async ({
  browser,
  page,
}) => {
  // Two people, four pages, seven accessibility scans.
  test.slow();
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.placementWorker, "/plaatsing/voorstellen");
  await expect(page.getByRole("heading", { name: "Plaatsingsvoorstellen", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // The demo's shortlisted household of Gezinshuizen De Heuvelrug for one of our needs.
  const shortlisted = page
    .getByRole("table", { name: "Shortlist en voorstellen van jullie plaatsingsvragen" })
    .getByRole("row")
    .filter({ hasText: "Op de shortlist" })
    .first();
  await shortlisted.getByRole("link").click();
  const proposalUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(" voor PV-");
  await expect(
    page.getByText(
      "Naam en contactgegevens van het gezin zie je nadat Gezinshuizen De Heuvelrug het voorstel heeft geaccepteerd.",
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A proposal without a message is refused next to the field.
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  const message = page.getByLabel("Bericht aan Gezinshuizen De Heuvelrug");
  await expect(message).toHaveAccessibleDescription(/Schrijf een bericht/);
  await expect(page.getByRole("alert")).toBeFocused();
  await expectNoAxeViolations(page);
  await message.fill("Rustig gezin, dicht bij de school van het kind.");
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Het voorstel is verstuurd naar Gezinshuizen De Heuvelrug.",
  );
  await expect(page.getByText("Voorgesteld, wacht op antwoord")).toBeVisible();

  const outbox = await page.request.get(`/dev/outbox?aan=${encodeURIComponent(heuvelrugRecruiter)}`);
  expect(await outbox.text()).toContain("Nieuw plaatsingsvoorstel");

  // The owning organisation's recruiter answers in the inbox.
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, heuvelrugRecruiter, "/plaatsing/voorstellen");
  await owner
    .getByRole("table", { name: "Voorstellen die op jullie antwoord wachten, nieuwste eerst" })
    .getByRole("link", {
      name: (await page.getByRole("heading", { level: 1 }).textContent())?.split(" voor ")[0],
    })
    .click();
  await expect(owner).toHaveURL(proposalUrl);
  await expect(
    owner.getByText("Rustig gezin, dicht bij de school van het kind.", { exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(owner);
  await owner.getByRole("button", { name: "Voorstel accepteren" }).click();
  await expect(owner.getByRole("status")).toContainText("Je antwoord is verstuurd naar de plaatser.");
  await owner.context().close();

  // The proposer now sees who the household is, and places.
  await page.goto(proposalUrl);
  await expect(page.getByText("Geaccepteerd", { exact: true })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Naam" })).toBeVisible();
  await expect(page.getByText(/@voorbeeld\.test$/)).toBeVisible();
  const freeBefore = await page.getByText(/^\d+ van \d+ \(deze vraag vraagt er \d+\)$/).textContent();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Plaatsing vastleggen" }).click();
  await expect(page.getByRole("status")).toContainText("De plaatsing is vastgelegd.");
  const [free, , needed] =
    (freeBefore ?? "").match(/^(\d+) van (\d+) \(deze vraag vraagt er (\d+)\)$/)?.slice(1) ?? [];
  await expect(page.getByText(/^\d+ van \d+ \(deze vraag vraagt er \d+\)$/)).toHaveText(
    new RegExp(`^${Number(free) - Number(needed)} van `),
  );
  await expect(page.getByRole("heading", { name: "Tijdlijn" })).toBeVisible();
  await expect(page.getByText(/^Geplaatst bij /)).toBeVisible();
  await expect(page.getByText(/heeft .* geaccepteerd$/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(policyViolations).toEqual([]);
});
