import { TableRow, type TableRowProps, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

// Fluent's row hover fill is cyan in high contrast, under yellow links and white text: read-only
// tables keep their row colours on hover so every theme keeps its contrast.
const useStyles = makeStyles({ row: { ":hover": { backgroundColor: "transparent", color: tokens.colorNeutralForeground1 } } });

/** A row of a read-only table: no hover fill. */
export function StaticTableRow({ className, ...props }: TableRowProps) {
  return <TableRow {...props} className={mergeClasses(useStyles().row, className)} />;
}
