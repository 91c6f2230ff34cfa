import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations, signIn, watchPolicyViolations } from "./support";

test("a recruiter edits a template, is refused an unknown placeholder, previews and sends a mail, and finds it on the timeline and in the outbox", async ({
  page,
}) => {
  const policyViolations = watchPolicyViolations(page);
  await signIn(page, demo.recruiter, "/werving/sjablonen");
  await expect(page.getByRole("heading", { name: "Berichtsjablonen", level: 1 })).toBeVisible();
  await expect(page.getByText("Aangepast op")).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Uitnodiging kennismakingsgesprek" }).click();
  const subject = page.getByLabel("Onderwerp");
  const body = page.getByLabel("Tekst");
  await expect(subject).toHaveValue("Uitnodiging voor een kennismakingsgesprek");
  await expectNoAxeViolations(page);

  // An empty subject and an unknown placeholder: both refused at their field, nothing typed lost, nothing saved.
  const typedBody = "Beste {{voornaam}},\n\nWe zien je op {{datum}} bij {{bedrijf}}.\n\nGroet,\n{{werver}}";
  await subject.fill("");
  await body.fill(typedBody);
  await page.getByRole("button", { name: "Sjabloon opslaan" }).click();
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(body).toHaveAccessibleDescription(/De placeholder \{\{bedrijf\}\} bestaat niet/);
  await expect(subject).toHaveAccessibleDescription(/Vul een onderwerp in/);
  await expect(body).toHaveValue(typedBody);
  await expectNoAxeViolations(page);
  await page.goto("/werving/sjablonen");
  await expect(page.getByText("Aangepast op")).toHaveCount(1);

  await page.getByRole("link", { name: "Uitnodiging kennismakingsgesprek" }).click();
  await subject.fill("Kom kennismaken, {{voornaam}}");
  await body.fill(
    "Beste {{voornaam}},\n\nWe zien je op {{datum}} bij {{organisatie}}.\n\nGroet,\n{{werver}}",
  );
  await page.getByRole("button", { name: "Sjabloon opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Uitnodiging kennismakingsgesprek is opgeslagen");
  await expect(page.getByText("Aangepast op")).toHaveCount(2);

  // An applicant of the organisation, from the pipeline's table.
  await page.goto("/werving?weergave=tabel");
  const applicant = page.getByRole("table").getByRole("rowheader").getByRole("link").first();
  const name = (await applicant.textContent())?.trim() ?? "";
  const firstName = name.split(" ")[0];
  await applicant.click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const applicantUrl = page.url();

  // The template names a date: asked for at the date field before any preview.
  await page
    .getByLabel("Bericht", { exact: true })
    .selectOption({ label: "Uitnodiging kennismakingsgesprek" });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByLabel("Datum en tijd (als het bericht die noemt)")).toHaveAccessibleDescription(
    /Vul de datum in/,
  );
  await expect(page.getByLabel("Bericht", { exact: true })).toHaveValue("introduction_invitation");
  await expectNoAxeViolations(page);

  await page.getByLabel("Datum en tijd (als het bericht die noemt)").fill("dinsdag 12 januari om 19.30 uur");
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld van de e-mail" });
  await expect(preview).toContainText(`Kom kennismaken, ${firstName}`);
  await expect(preview).toContainText(`Beste ${firstName},`);
  await expect(preview).toContainText(
    "We zien je op dinsdag 12 januari om 19.30 uur bij Pleegzorg Utrecht Stad.",
  );
  await expect(preview).toContainText(demo.recruiter);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page).toHaveURL(/\?bericht-verstuurd/);
  expect(page.url().split("?")[0]).toBe(applicantUrl.split("?")[0]);
  await expect(page.getByRole("status")).toContainText("De e-mail is verstuurd.");
  const newest = page.getByRole("list", { name: "Tijdlijn, nieuwste eerst" }).getByRole("listitem").first();
  await expect(newest).toContainText(`E-mail verstuurd: Kom kennismaken, ${firstName}`);
  await expect(newest).toContainText("Door jou");

  await newest.getByRole("link", { name: "Bekijk de e-mail in de ontwikkel-outbox" }).click();
  await expect(page).toHaveURL(/\/dev\/outbox\/[0-9a-f-]{36}$/);
  await expect(page.getByText(`Kom kennismaken, ${firstName}`).first()).toBeVisible();
  expect(policyViolations).toEqual([]);
});

test("a free message needs the recruiter's own text, which the preview shows between greeting and sign-off", async ({
  page,
}) => {
  await signIn(page, demo.recruiter, "/werving?weergave=tabel");
  const applicant = page.getByRole("table").getByRole("rowheader").getByRole("link").nth(1);
  const firstName = ((await applicant.textContent())?.trim() ?? "").split(" ")[0];
  await applicant.click();

  await page.getByLabel("Bericht", { exact: true }).selectOption({ label: "Vrij bericht" });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const message = page.getByLabel("Je bericht (als het bericht dat vraagt)");
  await expect(message).toHaveAccessibleDescription(/Schrijf je bericht/);
  await expect(page.getByRole("region", { name: "Voorbeeld van de e-mail" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await message.fill("Kun je vrijdag even bellen over de training?");
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld van de e-mail" });
  await expect(preview).toContainText(`Beste ${firstName},`);
  await expect(preview).toContainText("Kun je vrijdag even bellen over de training?");
  expect(page.url()).not.toContain("vrijdag");
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByRole("status")).toContainText("De e-mail is verstuurd.");
  await expect(
    page.getByRole("list", { name: "Tijdlijn, nieuwste eerst" }).getByRole("listitem").first(),
  ).toContainText("E-mail verstuurd: Bericht over je aanmelding");
});
