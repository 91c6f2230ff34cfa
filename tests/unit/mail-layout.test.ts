import { describe, expect, it } from "vitest";
import { renderEmail } from "../../src/server/mail/layout";
import { signInCodeEmail } from "../../src/server/mail/templates/sign-in-code";

describe("emails", () => {
  it("carry the sign-in code and link in both the HTML and the text part", () => {
    const mail = signInCodeEmail("a@b.nl", "042917", "https://openhuis.nl/inloggen/bevestigen?token_hash=x");
    expect(mail.subject).toContain("042917");
    expect(mail.text).toContain("042917");
    expect(mail.text).toContain("https://openhuis.nl/inloggen/bevestigen?token_hash=x");
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain("042917");
  });

  it("escape text so a name with markup cannot inject HTML", () => {
    const mail = renderEmail({
      kind: "test",
      to: "a@b.nl",
      subject: "Hallo",
      heading: "<script>alert(1)</script>",
      paragraphs: ['"quoted" & <b>bold</b>'],
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&#60;script&#62;");
    expect(mail.text).toContain("<script>alert(1)</script>");
  });
});
