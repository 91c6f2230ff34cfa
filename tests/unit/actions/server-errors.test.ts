import { afterEach, describe, expect, it, vi } from "vitest";

// astro:actions is a virtual module of Astro's build; in Vitest, Astro's own action runtime stands in.
vi.mock("astro:actions", async () => {
  const runtime = "../../../node_modules/astro/dist/actions/runtime";
  const [server, client] = await Promise.all([
    import(`${runtime}/server.js`),
    import(`${runtime}/client.js`),
  ]);
  return { defineAction: server.defineAction, ActionError: client.ActionError };
});

const { ActionError, defineAction } = await import("astro:actions");
const { withServerErrorsLogged } = await import("../../../src/actions/user-errors");
const { runWithRequestId } = await import("../../../src/server/http/request-context");

/** What Astro hands an action as `this`: its API context (the wrapped actions read nothing from it). */
const actionContext = () => ({});

describe("actions' unexpected errors", () => {
  afterEach(() => vi.restoreAllMocks());

  const actions = withServerErrorsLogged({
    broken: defineAction({
      handler: async () => {
        throw Object.assign(new Error("duplicate key (email)=(sanne@example.nl)"), { code: "23505" });
      },
    }),
    refusing: defineAction({
      handler: async () => {
        throw new ActionError({ code: "BAD_REQUEST", message: "Vul je e-mailadres in." });
      },
    }),
    working: defineAction({ handler: async () => ({ saved: true }) }),
  });

  it("are logged by code and request id, and the caller sees only the id", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await runWithRequestId("a1b2c3d4e5f6", "/_actions/x", false, () =>
      actions.broken.call(actionContext(), {}),
    );
    expect(result.error?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(result.error?.message).toBe("Er ging iets mis. Probeer het opnieuw. Foutcode: a1b2c3d4e5f6.");
    expect(log.mock.calls.map((call) => call.join(" "))).toEqual([
      "Serverfout request=a1b2c3d4e5f6 code=Error:23505 pad=/_actions/x",
    ]);
  });

  it("leave refusals and results as they are, without logging", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = await actions.refusing.call(actionContext(), {});
    expect(refused.error?.message).toBe("Vul je e-mailadres in.");
    expect(await actions.working.call(actionContext(), {})).toEqual({
      data: { saved: true },
      error: undefined,
    });
    expect(log).not.toHaveBeenCalled();
  });
});
