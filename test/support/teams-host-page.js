// A stand-in for the Teams web client's side of the teams-js protocol, for browser tests. It frames
// the tab like Teams does and answers the messages real teams-js sends (the names and shapes are
// teams-js 2.x's own: see node_modules/@microsoft/teams-js/dist/esm/.../internal/communication.js,
// appHelpers.js, pagesHelpers.js and public/pages/config.js), plus MSAL's nested app authentication
// requests that teams-js forwards as "nestedAppAuth.execute". Plain browser JavaScript: it runs in
// the simulated Teams page, not in Node.
(() => {
  const scenario = JSON.parse(document.getElementById("scenario").textContent);
  const tabOrigin = new URL(scenario.tabUrl).origin;
  const stage = document.getElementById("stage");
  const saveButton = document.getElementById("save");
  const state = { frameContext: scenario.frameContext, entityId: scenario.context.entityId || "", validity: false, saveHandler: false, config: null, saved: null, saveFailure: null, tokenRequests: [], log: [] };
  window.teamsHost = state;

  // What a current Teams client says it supports (runtime config v4). nestedAppAuth makes teams-js
  // install window.nestedAppAuthBridge, which MSAL's nestable client then uses.
  const RUNTIME = {
    apiVersion: 4,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: { app: {}, appEntity: {}, pages: { config: {}, appButton: {}, backStack: {}, tabs: {} }, teamsCore: {}, nestedAppAuth: {} },
  };

  let frame = null;
  function open(url, frameContext, entityId) {
    // Teams loads the saved tab in a new frame; changing only the hash would not reload the page.
    if (frame) frame.remove();
    state.frameContext = frameContext;
    state.entityId = entityId || "";
    frame = document.createElement("iframe");
    frame.title = frameContext === "settings" ? "Data Hub tab settings" : "Data Hub tab";
    frame.src = url;
    stage.append(frame);
    saveButton.hidden = frameContext !== "settings";
    saveButton.disabled = true;
  }

  // teams-js 2.x turns this "legacy" context into app.Context (app.js, getContext).
  function legacyContext() {
    return Object.assign({}, scenario.context, { frameContext: state.frameContext, entityId: state.entityId });
  }

  function reply(message, args) {
    frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, tabOrigin);
  }

  function answerNestedAppAuth(message) {
    const request = JSON.parse(message.data);
    const naa = scenario.naa;
    const base = { messageType: "NestedAppAuthResponse", requestId: request.requestId };
    let response;
    if (request.method === "GetInitContext") {
      response = { ...base, success: true, initContext: { sdkName: "simulated-teams", sdkVersion: "1.0.0", capabilities: { queryAccount: false }, accountContext: { homeAccountId: naa.account.homeAccountId, environment: naa.account.environment, tenantId: naa.account.tenantId } } };
    } else if (request.method === "GetToken" || request.method === "GetTokenPopup") {
      state.tokenRequests.push({ method: request.method, scope: request.tokenParams.scope, clientId: request.tokenParams.clientId });
      response = { ...base, success: true, token: { access_token: naa.accessToken, expires_in: 3600, id_token: naa.idToken, scope: request.tokenParams.scope, properties: null }, account: naa.account };
    } else {
      response = { ...base, success: false, error: { status: "PERSISTENT_ERROR", code: "unsupported_method", description: request.method } };
    }
    // teams-js reads the response from args[1] (processAuthBridgeMessage).
    reply(message, [null, JSON.stringify(response)]);
  }

  window.addEventListener("message", (event) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== tabOrigin) return;
    const message = event.data;
    if (!message || typeof message.func !== "string") return;
    state.log.push({ func: message.func, args: message.args || [] });
    switch (message.func) {
      case "initialize":
        // [frame context, client type, SDK version the host supports, runtime config]
        return reply(message, [state.frameContext, "web", "2.58.0", JSON.stringify(RUNTIME)]);
      case "getContext":
        return reply(message, [legacyContext()]);
      case "settings.setValidityState":
        state.validity = message.args[0] === true;
        saveButton.disabled = !state.validity;
        return;
      case "registerHandler":
        if (message.args[0] === "save") state.saveHandler = true;
        return;
      case "settings.getSettings":
        return reply(message, [state.config || {}]);
      case "settings.setSettings":
        state.config = message.args[0];
        return reply(message, [true]);
      case "settings.save.success":
        state.saved = state.config;
        return open(state.config.contentUrl, "content", state.config.entityId);
      case "settings.save.failure":
        state.saveFailure = message.args[0];
        return;
      case "nestedAppAuth.execute":
        return answerNestedAppAuth(message);
      default:
        // Notifications needing no answer (appInitialization.*, theme handler registration, …).
        return;
    }
  });

  // Teams' own Save button on the configuration dialog: enabled by setValidityState(true).
  saveButton.addEventListener("click", () => frame.contentWindow.postMessage({ func: "settings.save", args: [{}] }, tabOrigin));

  if (scenario.savedConfig) state.config = scenario.savedConfig;
  open(scenario.tabUrl, scenario.frameContext, scenario.context.entityId);
})();
