/**
 * The local stand-in for Power BI's report embed page (app.powerbi.com/reportEmbed).
 *
 * powerbi-client talks to the page it frames over window.postMessage, as HTTP-like requests
 * (http-post-message over window-post-message-proxy, routed by powerbi-router). What this page
 * implements, and where each fact comes from in node_modules (sources are in the .js.map files):
 *
 * - A request is `{ method, url, headers, body }`; `headers.id` is the correlation id
 *   (http-post-message `HttpPostMessage.addTrackingProperties`), `headers.uid` the embed's unique
 *   id (powerbi-client src/embed.ts `load()`, and every Report method's `{ uid: this.config.uniqueId }`).
 * - A response is `{ statusCode, statusText, headers: { id }, body }` posted back to the sender;
 *   2xx resolves the client's promise, anything else rejects it with the whole message
 *   (http-post-message `isErrorMessage`; window-post-message-proxy `onMessageReceived`).
 * - After the iframe's `load` event the client sends `POST /report/load` with the embed
 *   configuration (src/embed.ts `setIframe` → `load()`); Microsoft's own mock answers 202 and
 *   then raises `loaded` (PowerBI-JavaScript test/utility/mockEmbed.ts), as this page does, followed
 *   by `rendered`.
 * - Events are requests the page sends: `POST /reports/{uid}/events/{eventName}` with the event's
 *   value as body (src/service.ts router); `pageChanged` must carry `value.newPage`
 *   (src/service.ts `handleEvent`), `error` an IError (powerbi-models).
 * - Methods this page answers: `POST /report/token` (src/embed.ts `setAccessToken`, body = the
 *   token), `GET /report/pages`, `PUT /report/pages/active` (src/report.ts `setPage`),
 *   `GET|PUT /report/filters` and `POST /report/filters` with `{ filtersOperation, filters }`
 *   (src/report.ts `updateFilters`; FiltersOperations RemoveAll 0, ReplaceAll 1, Add 2, Replace 3),
 *   `PATCH /report/settings`, `POST /report/refresh`, `GET /getCorrelationId`. Anything else gets
 *   a 404 naming the request, so an unsupported call is visible rather than silently "fine".
 *
 * The page checks each token with the tenant (`POST /_local/powerbi/session`), as Power BI's
 * backend checks the viewer's: an expired token, a missing licence or access, a deleted report
 * become `error` events, and `/report/token` counts renewals on screen.
 */

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Segoe UI", system-ui, sans-serif; color: #1f1f1f; background: #ffffff; }
  main { padding: 16px 20px; display: flex; flex-direction: column; gap: 12px; }
  .badge { margin: 0; align-self: flex-start; padding: 4px 10px; border: 2px dashed #8a3b00; color: #6b2e00; background: #fff4e5; font-weight: 600; }
  h1 { margin: 0; font-size: 20px; }
  h2 { margin: 0 0 4px; font-size: 15px; }
  p { margin: 0; }
  ul { margin: 0; padding-left: 20px; }
  table { border-collapse: collapse; min-width: 260px; }
  th, td { border: 1px solid #8a8886; padding: 4px 10px; text-align: left; }
  th { background: #f3f2f1; }
  .muted { color: #4a4a4a; }
  .error { color: #a4262c; font-weight: 600; }
`;

/** The page's script: plain browser JavaScript (no build step), answering powerbi-client. */
const SCRIPT = String.raw`
(() => {
  "use strict";
  const STATUS_TEXT = { 200: "OK", 202: "Accepted", 400: "Bad Request", 403: "Forbidden", 404: "Not Found" };
  const state = { uid: null, config: null, report: null, viewer: null, pageName: null, filters: [], token: null, renewals: 0, status: "waiting" };
  const $ = (id) => document.getElementById(id);
  const randomId = () => Math.random().toString(36).slice(2, 10);

  function render() {
    $("report-name").textContent = state.report ? state.report.name : state.status === "failed" ? "The report could not be loaded" : "Loading the sample report…";
    const page = state.report && state.report.pages.find((p) => p.name === state.pageName);
    $("active-page").textContent = page ? page.displayName + " (" + page.name + ")" : "none";
    const list = $("filters");
    list.replaceChildren();
    if (state.filters.length === 0) {
      const li = document.createElement("li");
      li.textContent = "No filters";
      list.append(li);
    }
    for (const filter of state.filters) {
      const li = document.createElement("li");
      li.textContent = describeFilter(filter);
      list.append(li);
    }
    $("viewer").textContent = state.viewer ? state.viewer.displayName + " (" + state.viewer.department + ")" : "not yet known";
    $("renewals").textContent = String(state.renewals);
    $("status").textContent = state.status;
    renderFigures(page);
  }

  function describeFilter(filter) {
    const target = filter && filter.target ? filter.target : {};
    const where = (target.table || "?") + "." + (target.column || target.measure || "?");
    const values = Array.isArray(filter.values) ? filter.values.join(", ") : "";
    return where + " " + (filter.operator || "") + " " + values;
  }

  // Made-up numbers, stable for a report, page and filter, so a change of either is visible.
  function renderFigures(page) {
    const body = $("figures");
    body.replaceChildren();
    if (!state.report || !page) return;
    let seed = 0;
    for (const ch of state.report.id + page.name + state.filters.map(describeFilter).join("|")) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
    for (const label of ["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4"]) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const row = document.createElement("tr");
      const th = document.createElement("th");
      th.scope = "row";
      th.textContent = label;
      const td = document.createElement("td");
      td.textContent = String(100 + (seed % 900));
      row.append(th, td);
      body.append(row);
    }
  }

  function respond(event, request, statusCode, body) {
    event.source.postMessage({ statusCode, statusText: STATUS_TEXT[statusCode] || "", headers: { id: request.headers.id }, body: body === undefined ? null : body }, event.origin || "*");
  }

  function raise(eventName, value) {
    if (!state.uid) return;
    window.parent.postMessage({ method: "POST", url: "/reports/" + state.uid + "/events/" + eventName, headers: { id: randomId() }, body: value }, "*");
  }

  async function checkSession(token, purpose) {
    const params = new URLSearchParams(location.search);
    const response = await fetch("session", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
      body: JSON.stringify({ reportId: (state.config && state.config.id) || params.get("reportId"), groupId: (state.config && state.config.groupId) || params.get("groupId"), purpose }),
    });
    const body = await response.json();
    return response.ok ? { ok: true, ...body } : { ok: false, error: body.error };
  }

  function fail(error) {
    state.status = "failed";
    render();
    $("problem").textContent = error.message + ": " + error.detailedMessage;
    raise("error", error);
  }

  async function load(config) {
    state.config = config;
    state.token = config.accessToken;
    state.filters = Array.isArray(config.filters) ? config.filters.slice() : [];
    state.status = "loading";
    render();
    let session;
    try {
      session = await checkSession(config.accessToken, "load");
    } catch (e) {
      return fail({ message: "LoadReportFailed", detailedMessage: "The local stand-in could not reach the tenant", errorCode: "0", level: 3 });
    }
    if (!session.ok) return fail(session.error);
    state.report = session.report;
    state.viewer = session.viewer;
    const wanted = session.report.pages.find((p) => p.name === config.pageName);
    state.pageName = (wanted || session.report.pages[0]).name;
    state.status = "loaded";
    render();
    raise("loaded", { initiator: "sdk" });
    const page = session.report.pages.find((p) => p.name === state.pageName);
    raise("pageChanged", { initiator: "sdk", newPage: { name: page.name, displayName: page.displayName, isActive: true } });
    state.status = "rendered";
    render();
    raise("rendered", {});
    if (session.renderError) {
      $("problem").textContent = session.renderError.message + ": " + session.renderError.detailedMessage;
      raise("error", session.renderError);
    }
  }

  function applyFilters(operation, filters) {
    const list = Array.isArray(filters) ? filters : [];
    const sameTarget = (a, b) => JSON.stringify(a.target) === JSON.stringify(b.target);
    switch (operation) {
      case 0: state.filters = []; break; // RemoveAll
      case 1: state.filters = list.slice(); break; // ReplaceAll
      case 2: state.filters = state.filters.concat(list); break; // Add
      case 3: state.filters = state.filters.filter((f) => !list.some((g) => sameTarget(f, g))).concat(list); break; // Replace (by target)
      default: return false;
    }
    render();
    raise("filtersApplied", { initiator: "sdk", filters: state.filters });
    return true;
  }

  async function handle(event, request) {
    const { method, url, body } = request;
    const route = method + " " + url;
    if (route === "POST /report/load" || route === "POST /report/prepare") {
      if (!body || typeof body.accessToken !== "string" || !body.accessToken || typeof body.id !== "string") {
        return respond(event, request, 400, [{ message: "accessToken and id are required" }]);
      }
      state.uid = request.headers.uid;
      respond(event, request, 202);
      return load(body);
    }
    if (route === "POST /report/render") return respond(event, request, 202);
    if (route === "POST /report/token") {
      if (typeof body !== "string" || !body) return respond(event, request, 400, [{ message: "The access token is required" }]);
      const session = await checkSession(body, "token").catch(() => ({ ok: false, error: { message: "TokenExpired", detailedMessage: "The local stand-in could not check the token", errorCode: "0" } }));
      if (!session.ok) return respond(event, request, 403, session.error);
      state.token = body;
      state.renewals += 1;
      render();
      return respond(event, request, 202);
    }
    if (route === "GET /report/pages") {
      if (!state.report) return respond(event, request, 400, { message: "The report is not loaded" });
      return respond(event, request, 200, state.report.pages.map((p) => ({ name: p.name, displayName: p.displayName, isActive: p.name === state.pageName, visibility: 0 })));
    }
    if (route === "PUT /report/pages/active") {
      const page = state.report && state.report.pages.find((p) => p.name === (body && body.name));
      if (!page) return respond(event, request, 400, [{ message: "Page not found: " + (body && body.name) }]);
      respond(event, request, 202);
      state.pageName = page.name;
      render();
      return raise("pageChanged", { initiator: "sdk", newPage: { name: page.name, displayName: page.displayName, isActive: true } });
    }
    if (route === "GET /report/filters") return respond(event, request, 200, state.filters);
    if (route === "PUT /report/filters") {
      respond(event, request, 202);
      return applyFilters(1, body);
    }
    if (route === "POST /report/filters") {
      if (!body || typeof body.filtersOperation !== "number") return respond(event, request, 400, [{ message: "filtersOperation is required" }]);
      respond(event, request, 202);
      return applyFilters(body.filtersOperation, body.filters);
    }
    if (route === "PATCH /report/settings" || route === "POST /report/refresh") return respond(event, request, 202);
    if (route === "GET /getCorrelationId") return respond(event, request, 200, "local-stand-in-" + randomId());
    return respond(event, request, 404, { message: "Not implemented in the local Power BI stand-in: " + route });
  }

  window.addEventListener("message", (event) => {
    // Only the framing page (powerbi-client) talks to the report.
    if (event.source !== window.parent) return;
    const message = event.data;
    if (!message || typeof message !== "object" || !message.headers || typeof message.headers.id !== "string") return;
    // Responses to the events we raised: nothing to do.
    if (typeof message.statusCode === "number") return;
    if (typeof message.method !== "string" || typeof message.url !== "string") return;
    void handle(event, message);
  });
  render();
})();
`;

/** The embed page: a clearly labelled sample whose state (page, filters, viewer, renewals) is visible text. */
export function embedPageHtml(): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Sample report (local stand-in for Power BI)</title>
<style>${STYLE}</style>
</head>
<body>
<main>
  <p class="badge">Sample report (local stand-in) — made-up numbers, not council data</p>
  <h1 id="report-name">Loading the sample report…</h1>
  <p>Page: <span id="active-page" data-testid="active-page">none</span></p>
  <section aria-labelledby="filters-heading">
    <h2 id="filters-heading">Filters applied</h2>
    <ul id="filters" data-testid="filters"></ul>
  </section>
  <section aria-labelledby="figures-heading">
    <h2 id="figures-heading">Sample figures</h2>
    <table><caption class="muted">Made-up values for this page and its filters</caption><thead><tr><th scope="col">Period</th><th scope="col">Value</th></tr></thead><tbody id="figures"></tbody></table>
  </section>
  <p class="muted">Viewing as <span id="viewer" data-testid="viewer">not yet known</span>. Access token renewed <span id="renewals" data-testid="renewals">0</span> time(s). Status: <span id="status" data-testid="status">waiting</span>.</p>
  <p id="problem" class="error" role="status"></p>
</main>
<script>${SCRIPT}</script>
</body>
</html>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** What "Open in Power BI" shows locally: where the link would go, and what it carries. */
export function openInPowerBiHtml(target: { reportName: string | null; pageName: string | null; filter: string | null }): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Open in Power BI (local stand-in)</title><style>${STYLE}</style></head>
<body>
<main>
  <p class="badge">Local stand-in for the Power BI service</p>
  <h1>${escapeHtml(target.reportName ?? "Unknown report")}</h1>
  <p>With a real tenant this link opens the report in the Power BI service${target.pageName ? `, on page ${escapeHtml(target.pageName)}` : ""}.</p>
  <p>URL filter: <span data-testid="url-filter">${escapeHtml(target.filter ?? "none")}</span></p>
</main>
</body>
</html>`;
}
