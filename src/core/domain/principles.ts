import principles from "../../../manifest/seed/principles.json";

/** A principle as the Principles list holds it. */
export interface Principle {
  key: string;
  title: string;
  summary: string | null;
}

/** A principle's key (the Principles list's PrincipleKey) and title, as the strategy names it. */
export interface PrincipleChoice {
  key: string;
  title: string;
}

/** The strategy's five principles in its own order, from the site's seed (keys are stable). */
export const PRINCIPLES: readonly PrincipleChoice[] = [...principles].sort((a, b) => a.order - b.order).map((p) => ({ key: p.key, title: p.title }));

/** The "What next?" commitments belong to no single principle; filters name them with this key. */
export const WHAT_NEXT_PRINCIPLE: PrincipleChoice = { key: "what-next", title: "What next?" };
