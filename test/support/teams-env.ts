/** The values `atk provision` would write for one made-up environment, used by the Teams package tests. */
export const TEST_ENV = {
  TEAMSFX_ENV: "test",
  APP_NAME_SUFFIX: " (test)",
  TAB_ENDPOINT: "https://datahub.havant.example/tab",
  TAB_DOMAIN: "datahub.havant.example",
  TEAMS_APP_ID: "3f1c2a9e-5b7d-4c8e-9a1b-2c3d4e5f6a7b",
  AAD_APP_CLIENT_ID: "0d7c0c36-8b9a-4c1e-9d2f-1a2b3c4d5e6f",
};

/** The same as an env file, as an administrator would write it. */
export const TEST_ENV_FILE = Object.entries(TEST_ENV)
  .map(([name, value]) => `${name}=${value.startsWith(" ") ? `"${value}"` : value}`)
  .join("\n");
