import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { LocalTokenProvider } from "../../src/core/auth/local-token-provider";
import { createSharePoint } from "../../src/core/data/sharepoint";

/** Starts `npm run tenant`'s entry point as its own process, as a developer would, and waits for its site URL. */
function startProcess(dataDir: string): Promise<{ child: ChildProcess; siteUrl: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tenant/src/cli.ts", "--port", "0", "--data", dataDir], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once("line", (line) => resolve({ child, siteUrl: line.trim() }));
    child.once("exit", (code) => reject(new Error(`tenant exited early with ${code}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe("the tenant's database survives stops", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "datahub-tenant-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("prints its site URL and stops cleanly on SIGTERM", async () => {
    const { child, siteUrl } = await startProcess(dataDir);
    expect(siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/datahub$/);
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
  });

  it("keeps every acknowledged write after kill -9 in the middle of writing", async () => {
    const { child, siteUrl } = await startProcess(dataDir);
    const origin = new URL(siteUrl).origin;
    const sp = createSharePoint(siteUrl, new LocalTokenProvider(origin, "data-lead"));
    const acknowledged: number[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        try {
          const added: { Id: number } = await sp.web.lists.getByTitle("Actions").items.add({ Title: `Durable write ${i}`, ActionKey: "durable", Status: "Not started" });
          acknowledged.push(added.Id);
        } catch {
          return; // the process is gone: writes from here on were never acknowledged
        }
      }
    })();
    // Bounded, so a writer that fails at once ends the test (and the child) instead of spinning.
    const deadline = Date.now() + 20_000;
    while (acknowledged.length < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGKILL");
    await exited(child);
    stop = true;
    await writer;

    const restarted = await startProcess(dataDir);
    try {
      const again = createSharePoint(restarted.siteUrl, new LocalTokenProvider(new URL(restarted.siteUrl).origin, "data-lead"));
      const stored: { Id: number }[] = await again.web.lists.getByTitle("Actions").items.select("Id").filter("ActionKey eq 'durable'").top(5000)();
      const storedIds = new Set(stored.map((s) => s.Id));
      expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    } finally {
      restarted.child.kill("SIGTERM");
      await exited(restarted.child);
    }
  });
});
