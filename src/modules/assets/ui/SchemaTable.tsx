import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import type { SchemaFieldRow } from "../domain/schema";
import { useAssetStyles } from "./parts";

/** An asset's fields, read only. Scrolls sideways inside itself on a narrow screen; the page does not. */
export function SchemaTable({ rows }: { rows: readonly SchemaFieldRow[] }) {
  const styles = useAssetStyles();
  return (
    <div className={styles.tableScroll} role="region" aria-label="Schema fields" tabIndex={0}>
      <Table size="small" aria-label="Fields of this asset">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Field</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
            <TableHeaderCell>Description</TableHeaderCell>
            <TableHeaderCell>Personal data</TableHeaderCell>
            <TableHeaderCell>Glossary term</TableHeaderCell>
            <TableHeaderCell>National standard</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <StaticTableRow key={row.name}>
              <TableCell>{row.name}</TableCell>
              <TableCell>{row.type}</TableCell>
              <TableCell>{row.description}</TableCell>
              <TableCell>{row.personal ? "Yes" : "No"}</TableCell>
              <TableCell>{row.term}</TableCell>
              <TableCell>{row.standard}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
