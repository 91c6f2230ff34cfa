import { type Browser, expect, test } from "@playwright/test";
import { moveApplicant as move, recordCheck, submittedApplication } from "./recruiter-steps";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

const sendApplication = (browser: Browser) =>
  submittedApplication(browser, {
    emailPrefix: "screening",
    firstName: "Sanne",
    lastName: "de Vries",
    dateOfBirth: "15-03-1985",
    landing: "campagne=pleegouder-worden&utm_source=facebook",
    housemates: [
      { relation: "Partner", birthYear: 1983 },
      { relation: "Kind", birthYear: new Date().getFullYear() - 14 },
    ],
    availability: "Vanaf maart.",
  });

test("a recruiter records the checks, moves an applicant on, and sees refusals next to the field", async ({
  browser,
  page,
}) => {
  const id = await sendApplication(browser);
  const here = `/werving/aanmeldingen/${id}`;
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter, here);
  await expect(page).toHaveURL(here);
  await expect(page.getByRole("heading", { name: "Sanne de Vries", level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByText("Pleegouder", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Kind, geboren in \d{4} \(wordt dit jaar 14\)$/)).toBeVisible();
  await expect(page.getByText(/facebook/)).toBeVisible();
  await expectNoAxeViolations(page);

  await move(page, "Screening", { note: "Eerste gesprek ging goed." });
  await expect(page.getByRole("status")).toContainText("De aanmelding is verplaatst.");

  // Leaving screening needs a VGB for everyone aged 12 or older: refused, the reason at the field.
  await move(page, "Voorbereiding", { note: "Door naar de training." });
  await expect(page.getByLabel("Naar", { exact: true })).toHaveAccessibleDescription(
    /Verklaring van Geen Bezwaar/,
  );
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(page.getByLabel("Notitie voor collega's (niet verplicht)")).toHaveValue(
    "Door naar de training.",
  );
  await expectNoAxeViolations(page);

  // An exit without its reason code is refused by the database, next to the reason field.
  await move(page, "Gestopt");
  await expect(page.getByLabel("Reden", { exact: true })).toHaveAccessibleDescription(/Kies een reden/);

  // A decision needs its written reason.
  await recordCheck(page, "Besluit", "Afgerond", { decision: "Geschikt" });
  await expect(page.getByLabel(/^Toelichting/)).toHaveAccessibleDescription(/reden van het besluit/);

  await recordCheck(page, "VGB: Sanne de Vries (aanmelder)", "Ontvangen");
  await expect(page.getByRole("status")).toContainText("De controle is vastgelegd.");
  await recordCheck(page, "VGB: Partner (geboren in 1983)", "Ontvangen");
  await recordCheck(page, `VGB: Kind (geboren in ${new Date().getFullYear() - 14})`, "Ontvangen");
  const checks = page.getByRole("table", { name: "Vastgelegde controles" });
  await expect(checks.getByRole("row")).toHaveCount(4);
  const validUntil = new Intl.DateTimeFormat("nl-NL", { year: "numeric" }).format(new Date());
  await expect(checks.getByRole("row").nth(1)).toContainText("Ontvangen");
  await expect(checks.getByRole("row").nth(1)).toContainText(String(Number(validUntil) + 2));

  // A check is taken a step further from its row.
  await recordCheck(page, "Referentie", "Aangevraagd");
  await expect(checks.getByRole("row")).toHaveCount(5);
  await page.getByRole("button", { name: "Ontvangen voor Referentie" }).click();
  await expect(page.getByRole("status")).toContainText("De controle is vastgelegd.");
  await expect(checks.getByRole("row")).toHaveCount(5);
  await expect(checks.getByRole("row").filter({ hasText: "Referentie" })).toContainText("Ontvangen");

  // A colleague's page still shows the old version: their move is refused with what changed.
  const colleague = await page.context().newPage();
  await colleague.goto(here);
  await move(page, "Voorbereiding", { note: "VGB's binnen." });
  await expect(page.getByRole("status")).toContainText("De aanmelding is verplaatst.");
  await move(colleague, "Voorbereiding", { note: "Mijn notitie." });
  await expect(colleague.getByRole("alert")).toContainText("Je hebt deze aanmelding op");
  await expect(colleague.getByRole("alert")).toContainText("al verplaatst naar Voorbereiding");
  await expect(colleague.getByLabel("Notitie voor collega's (niet verplicht)")).toHaveValue("Mijn notitie.");

  await page.reload();
  const timeline = page.getByRole("list", { name: "Tijdlijn, nieuwste eerst" }).getByRole("listitem");
  await expect(timeline.first()).toContainText("Verplaatst van Screening naar Voorbereiding");
  await expect(timeline.first()).toContainText("Notitie: VGB's binnen.");
  await expect(timeline.nth(1)).toContainText("Referentie: ontvangen");
  await expect(timeline.nth(2)).toContainText("Verklaring van Geen Bezwaar voor Kind");
  await expect(page.getByText("Verplaatst van Aanmelding naar Screening")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(policyViolations).toEqual([]);
});

test("a recruiter of another organisation gets the 404 page for an applicant and for mailing them", async ({
  browser,
  page,
}) => {
  const id = await sendApplication(browser);
  await signIn(page, "werver.heuvelrug@openhuis.test");
  const response = await page.goto(`/werving/aanmeldingen/${id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByText("Sanne")).toHaveCount(0);
  const mailForm = await page.goto(`/werving/aanmeldingen/${id}/bericht`);
  expect(mailForm?.status()).toBe(404);
});
