import type { Role } from "../../../manifest/schema";

/**
 * Fictional people for local mode. Services are ones the strategy itself names
 * (Strategy Unit, Customer Services, Digital, Information Governance); everything else is sample data.
 */
export interface Person {
  readonly id: string; // Entra object id
  readonly persona?: PersonaId;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly jobTitle: string;
  readonly department: string;
  readonly officeLocation: string;
  /** SharePoint site user id on the Data Hub site. */
  readonly siteUserId: number;
  readonly hasPhoto: boolean;
}

export type PersonaId = "staff" | "manager" | "asset-owner" | "data-lead" | "focus-group" | "councillor";
export const PERSONA_IDS: readonly PersonaId[] = ["staff", "manager", "asset-owner", "data-lead", "focus-group", "councillor"];

export const TENANT_ID = "5f0c1b9e-0000-4d7a-9c8e-6a1b2c3d4e5f";
export const MAIL_DOMAIN = "hbc.example";

const person = (p: Omit<Person, "mail" | "displayName"> & { mail?: string }): Person => ({
  ...p,
  displayName: `${p.givenName} ${p.surname}`,
  mail: p.mail ?? `${p.givenName}.${p.surname}@${MAIL_DOMAIN}`.toLowerCase(),
});

export const PEOPLE: readonly Person[] = [
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000011", persona: "staff", givenName: "Sam", surname: "Patel", jobTitle: "Customer Services Adviser", department: "Customer Services", officeLocation: "Council offices (sample)", siteUserId: 11, hasPhoto: true }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000012", persona: "manager", givenName: "Morgan", surname: "Ellis", jobTitle: "Customer Services Manager", department: "Customer Services", officeLocation: "Council offices (sample)", siteUserId: 12, hasPhoto: true }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000013", persona: "asset-owner", givenName: "Alex", surname: "Okafor", jobTitle: "Executive Head of Service", department: "Digital", officeLocation: "Council offices (sample)", siteUserId: 13, hasPhoto: false }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000014", persona: "data-lead", givenName: "Jordan", surname: "Reid", jobTitle: "Data & Intelligence Analyst", department: "Strategy Unit", officeLocation: "Council offices (sample)", siteUserId: 14, hasPhoto: true }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000015", persona: "focus-group", givenName: "Casey", surname: "Hughes", jobTitle: "Information Governance Officer", department: "Information Governance", officeLocation: "Council offices (sample)", siteUserId: 15, hasPhoto: false }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000016", persona: "councillor", givenName: "Robin", surname: "Clarke", jobTitle: "Councillor", department: "Members", officeLocation: "Council offices (sample)", siteUserId: 16, hasPhoto: false }),
  // Colleagues who are in the directory (for people pickers) but not personas.
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000021", givenName: "Priya", surname: "Shah", jobTitle: "Senior Analyst", department: "Strategy Unit", officeLocation: "Council offices (sample)", siteUserId: 21, hasPhoto: false }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000022", givenName: "Tom", surname: "Barker", jobTitle: "Service Manager", department: "Digital", officeLocation: "Council offices (sample)", siteUserId: 22, hasPhoto: false }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000023", givenName: "Aisha", surname: "Rahman", jobTitle: "Information Governance Manager", department: "Information Governance", officeLocation: "Council offices (sample)", siteUserId: 23, hasPhoto: false }),
  person({ id: "0b6f7a1e-1c2d-4e3f-8a9b-000000000024", givenName: "Chris", surname: "Morgan", jobTitle: "Customer Services Team Leader", department: "Customer Services", officeLocation: "Council offices (sample)", siteUserId: 24, hasPhoto: false }),
];

export interface Group {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  /** The Data Hub role this group grants, if any. */
  readonly role?: Role;
  /** Direct members: people (by Entra id) and nested groups (by group id). */
  readonly members: readonly string[];
}

const gid = (n: number) => `7d1e2f3a-4b5c-4d6e-9f00-${String(n).padStart(12, "0")}`;
const personId = (persona: PersonaId) => PEOPLE.find((p) => p.persona === persona)!.id;

/** Entra security groups; the Data Lead's role comes through a nested group, as transitiveMemberOf must show. */
export const GROUPS: readonly Group[] = [
  { id: gid(1), displayName: "Data Hub Staff", description: "Every member of staff", role: "staff", members: [personId("staff"), personId("manager"), personId("asset-owner"), personId("focus-group"), gid(7)] },
  { id: gid(2), displayName: "Data Hub Managers", description: "Service managers", role: "manager", members: [personId("manager")] },
  { id: gid(3), displayName: "Data Hub Information Asset Owners", description: "Executive Heads of Service (IAO) and Service Managers (IAM)", role: "asset-owner", members: [personId("asset-owner")] },
  { id: gid(4), displayName: "Data Hub Data Lead", description: "The strategy owner", role: "data-lead", members: [gid(7)] },
  { id: gid(5), displayName: "Data Focus Group", description: "The data focus group", role: "focus-group", members: [personId("focus-group"), personId("data-lead")] },
  { id: gid(6), displayName: "Data Hub Councillors", description: "Elected members", role: "councillor", members: [personId("councillor")] },
  { id: gid(7), displayName: "Insight Team", description: "Insight Team, Strategy Unit", members: [personId("data-lead")] },
];

export function personByEntraId(id: string): Person | undefined {
  return PEOPLE.find((p) => p.id.toLowerCase() === id.toLowerCase());
}

export function personForPersona(persona: PersonaId): Person {
  return PEOPLE.find((p) => p.persona === persona)!;
}

/** Every group a principal belongs to, directly or through nesting. */
export function transitiveGroups(principalId: string): Group[] {
  const found = new Map<string, Group>();
  const visit = (memberId: string) => {
    for (const group of GROUPS) {
      if (group.members.includes(memberId) && !found.has(group.id)) {
        found.set(group.id, group);
        visit(group.id);
      }
    }
  };
  visit(principalId);
  return [...found.values()];
}

export function rolesOf(person: Person): Role[] {
  return transitiveGroups(person.id)
    .map((g) => g.role)
    .filter((r): r is Role => Boolean(r));
}

export function loginName(person: Person): string {
  return `i:0#.f|membership|${person.mail}`;
}
