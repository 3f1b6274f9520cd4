import { type Framework, type GroupRef, findGroup } from "./framework";

/**
 * Which topics and themes of the framework each strategy principle reports on. It is data (seeded
 * from the strategy's "Key Findings Across Core Themes", editable by the data lead), never code:
 * the strategy's labels ("Tools theme", "Skills and Knowledge") are not the framework's names, so
 * each label says in the strategy's words what it is and in targets which topics or themes it means.
 */
export interface PrincipleLink {
  /** The strategy's own label, exactly as written: "Engaging with Others". */
  label: string;
  /** The strategy's sentence the label comes from, exactly as written (without ** markers). */
  quote: string;
  /** The framework topics and themes the label stands for. */
  targets: GroupRef[];
  /** Why these targets, where the label is not simply a framework name. */
  note?: string | null;
}

export interface PrincipleMappingEntry {
  /** Key of the principle (manifest/seed/principles.json): "data-quality". */
  principleKey: string;
  /** The strategy's heading for the principle in its findings, exactly as written: "DATA QUALITY". */
  heading: string;
  links: PrincipleLink[];
}

export interface PrincipleMapping {
  principles: PrincipleMappingEntry[];
}

export interface MappingProblem {
  principleKey: string | null;
  label: string | null;
  message: string;
}

/** Checks a mapping (the seed, or the data lead's edit) against the framework on the site. */
export function validatePrincipleMapping(mapping: PrincipleMapping, framework: Framework, principleKeys?: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Set<string>();
  for (const entry of mapping.principles) {
    if (principleKeys && !principleKeys.includes(entry.principleKey)) problems.push({ principleKey: entry.principleKey, label: null, message: `"${entry.principleKey}" is not one of the strategy's principles.` });
    if (seen.has(entry.principleKey)) problems.push({ principleKey: entry.principleKey, label: null, message: `The principle "${entry.principleKey}" is mapped twice; keep one entry.` });
    seen.add(entry.principleKey);
    for (const link of entry.links) {
      if (link.label.trim() === "") problems.push({ principleKey: entry.principleKey, label: link.label, message: `A link under "${entry.heading}" has no label.` });
      if (link.targets.length === 0) problems.push({ principleKey: entry.principleKey, label: link.label, message: `"${link.label}" (${entry.heading}) points at no topic or theme.` });
      for (const target of link.targets) {
        if (!findGroup(framework, target)) problems.push({ principleKey: entry.principleKey, label: link.label, message: `"${link.label}" (${entry.heading}) points at the ${target.kind} "${target.key}", which the framework does not have.` });
      }
    }
  }
  return problems;
}

/** Every distinct topic or theme a principle reports on, in the mapping's order. */
export function principleTargets(entry: PrincipleMappingEntry): GroupRef[] {
  const seen = new Set<string>();
  const targets: GroupRef[] = [];
  for (const link of entry.links) {
    for (const target of link.targets) {
      const id = `${target.kind}:${target.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      targets.push(target);
    }
  }
  return targets;
}

/**
 * Targets as one line each, "topic:knowing-the-data-you-have", for a list's multi-line text column,
 * and back. Unreadable lines are reported, not dropped.
 */
export function formatTargets(targets: readonly GroupRef[]): string {
  return targets.map((t) => `${t.kind}:${t.key}`).join("\n");
}

export function parseTargets(text: string): { targets: GroupRef[]; unreadable: string[] } {
  const targets: GroupRef[] = [];
  const unreadable: string[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const match = /^(topic|theme):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(line);
    if (match) targets.push({ kind: match[1] as GroupRef["kind"], key: match[2]! });
    else unreadable.push(line);
  }
  return { targets, unreadable };
}
