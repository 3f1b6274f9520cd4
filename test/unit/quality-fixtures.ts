import type { LogEntry } from "../../src/modules/quality/domain/log/issue";

/** An issue in the log with ordinary values; tests change what they are about. */
export function entry(overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    source: "issue",
    itemId: 1,
    reference: 1,
    etag: '"1"',
    title: "Missing postcodes",
    status: "Triaged",
    dataset: "Council tax accounts",
    dimension: "completeness",
    severity: "Medium",
    description: "Missing postcodes on new accounts",
    foundBy: "User report",
    exampleRecords: "",
    service: "Revenues",
    validationRunId: null,
    reporterId: 11,
    reporterName: "Sam Patel",
    reportedAt: "2026-11-02T10:00:00Z",
    triagedAt: "2026-11-03T10:00:00Z",
    ownerId: 13,
    ownerName: "Alex Okafor",
    ownerEmail: "alex@example.gov.uk",
    targetDate: "2026-12-02",
    rootCause: null,
    resolutionNotes: "",
    wontFixReason: "",
    closedAt: null,
    modified: "2026-11-03T10:00:00Z",
    ...overrides,
  };
}
