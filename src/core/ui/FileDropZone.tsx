import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";

const useStyles = makeStyles({
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  over: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  input: { maxWidth: "100%", color: tokens.colorNeutralForeground1 },
});

/** Spreadsheet files a council system exports, as the browser's file chooser filters them. */
export const SPREADSHEET_FILES = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileDropZoneProps {
  /** The file input's id, which its label points at. */
  id: string;
  /** The input's visible label: what to choose. */
  label: ReactNode;
  accept: string;
  onFile: (file: File) => void;
  /** Shown under the input: a privacy note, what was chosen, a problem with it. */
  children?: ReactNode;
}

/**
 * A file chosen with the keyboard-reachable file input or dropped anywhere on the zone. The input
 * is a plain, labelled <input type="file">, so assistive technology and the keyboard need nothing
 * else; dropping is a shortcut for those who can drag.
 */
export function FileDropZone({ id, label, accept, onFile, children }: FileDropZoneProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const dropped = e.dataTransfer.files[0];
        if (dropped) onFile(dropped);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept={accept}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (chosen) onFile(chosen);
          // Emptied, so choosing the same file again once it is fixed is a change too.
          e.target.value = "";
        }}
      />
      {children}
    </div>
  );
}
