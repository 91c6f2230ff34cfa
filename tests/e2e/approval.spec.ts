import { type Browser, expect, type Page, test } from "@playwright/test";
import { moveApplicant, recordCheck as submitCheck, submittedApplication } from "./recruiter-steps";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

const sendApplication = (browser: Browser) =>
  submittedApplication(browser, {
    emailPrefix: "goedkeuring",
    firstName: "Noor",
    lastName: "Bakker",
    dateOfBirth: "02-05-1980",
    landing: "campagne=pleegouder-worden",
    availability: "Vanaf januari.",
  });

async function move(page: Page, to: string) {
  await moveApplicant(page, to);
  await expect(page.getByRole("status")).toContainText("De aanmelding is verplaatst.");
}

async function recordCheck(
  page: Page,
  check: string,
  status: string,
  options: { decision?: string; note?: string } = {},
) {
  await submitCheck(page, check, status, options);
  await expect(page.getByRole("status")).toContainText("De controle is vastgelegd.");
}

test("a recruiter assigns themselves, sets a next action and approves an applicant into the capacity register", async ({
  browser,
  page,
}) => {
  // The applicant walks every stage first: a long test on a shared machine.
  test.setTimeout(240_000);
  const id = await sendApplication(browser);
  const here = `/werving/aanmeldingen/${id}`;
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter, here);
  await expect(page.getByRole("heading", { name: "Noor Bakker", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Mij toewijzen" }).click();
  await expect(page.getByRole("status")).toContainText("De toewijzing is opgeslagen.");
  await expect(page.getByText("Toegewezen aan jou")).toBeVisible();

  // A next action whose day has passed shows as late, here and in the pipeline.
  await page.getByLabel("Volgende actie").fill("VGB-aanvraag nabellen");
  await page.getByLabel("Uiterlijk op").fill("2026-01-05");
  await page.getByRole("button", { name: "Actie opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("De volgende actie is opgeslagen.");
  await expect(page.getByText("(te laat)")).toBeVisible();
  await expect(
    page.getByText(/Volgende actie: VGB-aanvraag nabellen, uiterlijk 5 januari 2026/),
  ).toBeVisible();
  await page.goto("/werving?werver=mij&actie=te-laat&weergave=tabel");
  await expect(page.getByRole("row", { name: /Noor Bakker/ })).toContainText(
    "Te laat: VGB-aanvraag nabellen",
  );
  await expectNoAxeViolations(page);
  await page.goto(here);

  await move(page, "Screening");
  await recordCheck(page, "VGB: Noor Bakker (aanmelder)", "Ontvangen");
  await move(page, "Voorbereiding");
  await recordCheck(page, "Voorbereidingstraining", "Afgerond");
  await move(page, "Gezinsonderzoek");
  await move(page, "Besluit");
  // Approval goes through its own form, not a plain move.
  await expect(
    page.getByLabel("Naar", { exact: true }).locator("option", { hasText: "Beschikbaar" }),
  ).toHaveCount(0);
  await recordCheck(page, "Besluit", "Afgerond", { decision: "Geschikt", note: "Gezinsonderzoek positief." });

  const approval = page.getByRole("region", { name: "Goedkeuren en in aanbod zetten" });
  await expect(approval.getByLabel("Pleeggezin")).toBeChecked();
  await expect(approval.getByLabel("Postcodegebied (4 cijfers)")).toHaveValue("3512");
  await expect(approval.getByLabel("Gemeente")).toHaveValue("Utrecht");
  await expect(approval.getByLabel("Naam")).toHaveValue("Noor Bakker");
  await expectNoAxeViolations(page);

  await approval.getByLabel("Plekken", { exact: true }).fill("2");
  await approval.getByLabel("Vrije plekken").fill("3");
  await approval.getByLabel("Trauma").check();
  await approval.getByRole("button", { name: "Goedkeuren en in aanbod zetten" }).click();
  await expect(page.getByLabel("Vrije plekken")).toHaveAccessibleDescription(/niet meer plekken vrij/);
  await expect(page.getByLabel("Trauma")).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByLabel("Vrije plekken").fill("2");
  await page.getByRole("button", { name: "Goedkeuren en in aanbod zetten" }).click();
  await expect(page.getByRole("status")).toContainText("De aanmelder is goedgekeurd en staat in het aanbod.");
  const inRegister = page.getByRole("region", { name: "In het aanbod" });
  await expect(inRegister).toContainText(/Gezin U-\d{4}/);
  const label = /Gezin U-\d{4}/.exec((await inRegister.textContent()) ?? "")?.[0] ?? "";
  await expect(page.getByText(/^Beschikbaar ·/)).toBeVisible();
  expect(policyViolations).toEqual([]);

  // The household is now in the organisation's capacity register, with the free places given.
  await page.goto("/werving/aanbod");
  await expect(page.getByRole("row", { name: new RegExp(label) })).toContainText("2");
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the applicant page with its follow-up fits without scrolling sideways", async ({ browser, page }) => {
    const id = await sendApplication(browser);
    await signIn(page, demo.recruiter, `/werving/aanmeldingen/${id}`);
    await expect(page.getByRole("heading", { name: "Opvolging" })).toBeVisible();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter(
          (element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
        )
        .map((element) => `${element.tagName}.${element.className}#${element.id}`)
        .slice(0, 10),
    );
    expect(wide).toEqual([]);
  });
});
