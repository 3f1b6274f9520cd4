/** Red, amber, green, or none: the status colours everyone reads, always with a word and an icon too. */
export type Rag = "Red" | "Amber" | "Green" | "None";
