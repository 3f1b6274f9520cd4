/** What every section of the focus group's page is given. */
export interface SectionProps {
  /** The signed-in person's site user id (null while it loads). */
  me: number | null;
  /** Today in the council's time zone, "2026-11-25": new records' dates default to it. */
  today: string;
}
