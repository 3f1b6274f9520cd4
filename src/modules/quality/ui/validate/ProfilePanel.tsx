import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber, plural } from "../../../../core/domain/format";
import { StaticTableRow } from "../../../../core/ui/StaticTableRow";
import type { ProfiledType, TableProfile } from "../../domain/validation/profile";
import type { Suggestion } from "../../domain/validation/suggest";
import { useQualityStyles } from "../parts";

const TYPE_LABELS: Record<ProfiledType, string> = {
  integer: "Whole number",
  number: "Number",
  boolean: "Yes or no",
  date: "Date (2026-11-25)",
  "date-uk": "Date (25/11/2026)",
  datetime: "Date and time",
  string: "Text",
};

const useStyles = makeStyles({
  suggestions: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  suggestion: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM, justifyContent: "space-between", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, paddingBottom: tokens.spacingVerticalS },
  text: { flex: "1 1 16rem", minWidth: 0, overflowWrap: "anywhere" },
});

export interface ProfilePanelProps {
  profile: TableProfile;
  partial: boolean;
  suggestions: readonly Suggestion[];
  accepted: readonly string[];
  onAccept: (suggestion: Suggestion) => void;
  onAcceptAll: () => void;
}

/** What the file holds, column by column, and the rules it suggests with how many rows already pass; one click accepts one. */
export function ProfilePanel({ profile, partial, suggestions, accepted, onAccept, onAcceptAll }: ProfilePanelProps) {
  const styles = useStyles();
  const q = useQualityStyles();
  const open = suggestions.filter((s) => !accepted.includes(s.id));
  return (
    <div className={q.stack}>
      <section className={q.section} aria-labelledby="profile-title">
        <Title3 as="h2" id="profile-title">
          What the data holds
        </Title3>
        <Text>
          {plural(profile.rows, "row")} and {plural(profile.columns.length, "column")}
          {partial ? `, from the first ${formatNumber(profile.rows)} rows (enough to suggest rules; a run checks every row)` : ""}.
        </Text>
        <div className={q.tableScroll}>
          <Table size="small" aria-label="Columns of the data">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Column</TableHeaderCell>
                <TableHeaderCell>Looks like</TableHeaderCell>
                <TableHeaderCell>Blank</TableHeaderCell>
                <TableHeaderCell>Different values</TableHeaderCell>
                <TableHeaderCell>Range</TableHeaderCell>
                <TableHeaderCell>Common shapes</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {profile.columns.map((c) => (
                <StaticTableRow key={c.name}>
                  <TableCell>{c.name}</TableCell>
                  <TableCell>{TYPE_LABELS[c.inferredType]}</TableCell>
                  <TableCell>{formatNumber(c.blanks)}</TableCell>
                  <TableCell>
                    {formatNumber(c.distinct)}
                    {c.distinctCapped ? " or more" : ""}
                  </TableCell>
                  <TableCell>{c.min !== null && c.max !== null ? `${c.min} to ${c.max}` : "–"}</TableCell>
                  <TableCell>{c.patterns.slice(0, 3).map((p) => `${p.value} (${formatNumber(p.count)})`).join(", ")}</TableCell>
                </StaticTableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
      <section className={q.section} aria-labelledby="suggestions-title">
        <Title3 as="h2" id="suggestions-title">
          Suggested rules
        </Title3>
        {suggestions.length === 0 ? (
          <Text>No rules to suggest: the columns vary too much to guess. Set the rules below.</Text>
        ) : (
          <>
            <Text>Each suggestion says how much of the data already passes. Accept the ones that describe how the data should be.</Text>
            <div className={q.buttons}>
              <Button onClick={onAcceptAll} disabled={open.length === 0}>
                Accept all {open.length ? `(${open.length})` : ""}
              </Button>
            </div>
            <ul className={styles.suggestions} aria-label="Suggested rules">
              {suggestions.map((s) => {
                const done = accepted.includes(s.id);
                return (
                  <li key={s.id} className={styles.suggestion}>
                    <Text className={styles.text}>{s.text}</Text>
                    <Button size="small" appearance={done ? "subtle" : "secondary"} disabled={done} onClick={() => onAccept(s)} aria-label={done ? `Accepted: ${s.text}` : `Accept: ${s.text}`}>
                      {done ? "Accepted" : "Accept"}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
