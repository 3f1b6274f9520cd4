import { AuthError } from "../../src/core/auth/token-provider";
import { fromMsalError } from "../../src/core/auth/msal-errors";
import { describeProblem, isFatal, problemFromReportError, reportErrorKind, tokenProblemKind } from "../../src/modules/dashboards/domain/problems";

describe("errors raised by the embedded report", () => {
  it("recognises Microsoft's documented TokenExpired error", () => {
    // learn.microsoft.com/javascript/api/overview/powerbi/troubleshoot-and-debug
    expect(reportErrorKind({ message: "TokenExpired", detailedMessage: "Access token has expired, resubmit with a new access token", errorCode: "403" })).toBe("token-expired");
  });

  it.each([
    [{ message: "PowerBIEntityNotFound", detailedMessage: "PowerBI entity not found", errorCode: "404" }, "deleted"],
    [{ message: "LoadReportFailed", detailedMessage: "Fail to initialize - Could not resolve cluster", errorCode: "403" }, "no-access"],
    [{ message: "Unauthorized", errorCode: "401" }, "no-access"],
    [{ message: "PowerBINotLicensedException", detailedMessage: "The user does not have a Power BI license", errorCode: "401" }, "no-licence"],
    [{ message: "RenderingFailed", detailedMessage: "A visual could not be rendered", errorCode: "500" }, "other"],
    [{}, "other"],
  ] as const)("sorts %j as %s", (error, kind) => {
    expect(reportErrorKind(error)).toBe(kind);
  });

  it("treats licence, access and deletion as the end of the report, and anything else as a part failing", () => {
    expect(["no-licence", "no-access", "deleted"].every((k) => isFatal(k as never))).toBe(true);
    expect(isFatal("other")).toBe(false);
    expect(problemFromReportError("other")).toBe("report-error");
  });
});

describe("failures getting the viewer's Power BI token", () => {
  it("says consent is needed when Entra says so (AADSTS65001 / consent_required)", () => {
    const msal = { name: "InteractionRequiredAuthError", errorCode: "consent_required", message: "AADSTS65001: The user or administrator has not consented to use the application" };
    const mapped = fromMsalError(msal);
    expect(mapped).toBeInstanceOf(AuthError);
    expect(tokenProblemKind(mapped)).toBe("consent");
  });

  it("leaves plain sign-in to the shared sign-in state, and names licence and offline problems", () => {
    expect(tokenProblemKind(new AuthError("interaction-required", "Sign in", { errorCode: "login_required" }))).toBeNull();
    expect(tokenProblemKind(new AuthError("no-licence", "No licence"))).toBe("no-licence");
    expect(tokenProblemKind(new AuthError("unavailable", "Unreachable"))).toBe("offline");
    expect(tokenProblemKind(new TypeError("Failed to fetch"))).toBe("offline");
    expect(tokenProblemKind(new Error("Something else"))).toBeNull();
  });
});

describe("what each state tells the person", () => {
  it("names the dashboard's owner where asking them is the way forward", () => {
    expect(describeProblem("no-access", { ownerName: "Morgan Ellis" }).detail).toContain("Morgan Ellis");
    expect(describeProblem("deleted", {}).detail).toContain("the dashboard's owner or the data lead");
  });

  it("offers the action that helps: permission for consent, try again when offline, none for a licence", () => {
    expect(describeProblem("consent").action).toBe("sign-in");
    expect(describeProblem("offline").action).toBe("retry");
    expect(describeProblem("no-licence").action).toBe("none");
    expect(describeProblem("no-licence").title).toMatch(/licence/);
  });
});
