import { afterEach, describe, expect, it, vi } from "vitest";
import {
  logServerError,
  runWithRequestId,
  serverErrorLogged,
} from "../../../src/server/http/request-context";

describe("server error log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("names the request id, the error's code and the path, never the message", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = Object.assign(new Error("duplicate key (email)=(sanne@example.nl)"), { code: "23505" });
    runWithRequestId("a1b2c3d4e5f6", "/aanmelden/over-jou", false, () => logServerError(error));
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0][0]);
    expect(line).toBe("Serverfout request=a1b2c3d4e5f6 code=Error:23505 pad=/aanmelden/over-jou");
    expect(log.mock.calls[0]).toHaveLength(1);
  });

  it("remembers within the request that the error was logged", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const states = runWithRequestId("a1b2c3d4e5f6", "/", false, () => {
      const before = serverErrorLogged();
      logServerError(new TypeError("x"));
      return [before, serverErrorLogged()];
    });
    expect(states).toEqual([false, true]);
  });

  it("does not trust an error's code or name to be a safe word", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = Object.assign(new Error("x"), {
      code: "sanne@example.nl was here",
      name: "Sanne de Vries",
    });
    runWithRequestId("a1b2c3d4e5f6", "/", false, () => logServerError(error));
    expect(String(log.mock.calls[0][0])).toBe("Serverfout request=a1b2c3d4e5f6 code=Error pad=/");
  });
});
