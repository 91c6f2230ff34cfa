import { describe, expect, it } from "vitest";
import { refuseUnreadableBody } from "../../../src/server/http/unreadable-body";

const post = (body: BodyInit | undefined, contentType?: string) =>
  new Request("http://localhost/aanmelden/over-jou", {
    method: "POST",
    body,
    headers: contentType ? { "Content-Type": contentType } : {},
  });
const status = async (request: Request) => (await refuseUnreadableBody(request))?.status;

describe("request bodies nobody can read", () => {
  it("lets forms, JSON and empty posts through", async () => {
    expect(
      await status(post("firstName=Sanne&lastName=de+Vries%21", "application/x-www-form-urlencoded")),
    ).toBeUndefined();
    const form = new FormData();
    form.set("firstName", "Zoë 😀");
    expect(await status(post(form))).toBeUndefined();
    expect(await status(post('{"email":"a@b.nl"}', "application/json"))).toBeUndefined();
    expect(await status(post(undefined))).toBeUndefined();
    expect(await status(new Request("http://localhost/", { method: "GET" }))).toBeUndefined();
  });

  it("refuses a type the site does not take with 415", async () => {
    expect(await status(post("hello", "text/plain"))).toBe(415);
    expect(await status(post("<x/>", "application/xml"))).toBe(415);
    expect(await status(post("hello"))).toBe(415);
  });

  it("refuses broken content with 400", async () => {
    expect(await status(post("firstName=%E0%A4%A", "application/x-www-form-urlencoded"))).toBe(400);
    expect(await status(post("firstName=%FF", "application/x-www-form-urlencoded"))).toBe(400);
    expect(
      await status(post(new Uint8Array([0x61, 0x3d, 0xff, 0xfe]), "application/x-www-form-urlencoded")),
    ).toBe(400);
    expect(
      await status(
        post(
          '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nbroken',
          "multipart/form-data; boundary=xyz",
        ),
      ),
    ).toBe(400);
    expect(await status(post("--xyz--", "multipart/form-data"))).toBe(400);
    expect(await status(post("{bad", "application/json"))).toBe(400);
  });

  it("answers in Dutch, as text, without anything the caller sent", async () => {
    const response = await refuseUnreadableBody(post("<script>x</script>", "text/html"));
    expect(response?.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    const text = await response?.text();
    expect(text).toContain("Dit soort inhoud nemen we niet aan");
    expect(text).not.toContain("script");
  });
});
