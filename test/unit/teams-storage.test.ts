import { memoryStorage, usableStorage } from "../../src/hosts/storage";

describe("storage in a Teams tab (a third-party frame)", () => {
  it("falls back to memory when the browser refuses web storage, so the tab still starts", () => {
    const storage = usableStorage(() => {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", "SecurityError");
    });
    storage.setItem("datahub.theme", "dark");
    expect(storage.getItem("datahub.theme")).toBe("dark");
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe("datahub.theme");
    storage.removeItem("datahub.theme");
    expect(storage.getItem("datahub.theme")).toBeNull();
  });

  it("uses the browser's storage when it is allowed", () => {
    const real = memoryStorage();
    expect(usableStorage(() => real)).toBe(real);
  });
});
