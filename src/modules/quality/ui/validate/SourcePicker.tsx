import { Button, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import { useState } from "react";
import { formatNumber, plural } from "../../../../core/domain/format";
import { FileDropZone, SPREADSHEET_FILES } from "../../../../core/ui/FileDropZone";
import { useServices } from "../../../../core/ui/services";
import { ErrorState } from "../../../../core/ui/states";
import { useAsync } from "../../../../core/ui/use-async";
import { loadSiteLists } from "../../data/list-source";
import type { SourceInfo } from "../../domain/validate-screen";
import { useQualityStyles } from "../parts";

export interface SourcePickerProps {
  source: SourceInfo | null;
  reading: { items: number } | null;
  onFile: (file: File) => void;
  onList: (title: string) => void;
  onCancel: () => void;
}

/** Where the data comes from: a file chosen or dropped (it stays in this browser), or a SharePoint list read here. */
export function SourcePicker({ source, reading, onFile, onList, onCancel }: SourcePickerProps) {
  const q = useQualityStyles();
  const { sp } = useServices();
  const [list, setList] = useState("");
  const [listsWanted, setListsWanted] = useState(false);
  const lists = useAsync(async () => (listsWanted ? loadSiteLists(sp) : []), [sp, listsWanted]);
  return (
    <div className={q.stack}>
      <FileDropZone id="validate-file" label={<><Text weight="semibold">Choose a CSV or Excel (.xlsx) file</Text>, or drop one here.</>} accept={`.txt,.tsv,${SPREADSHEET_FILES}`} onFile={onFile}>
        <Text size={200} className={q.secondary}>
          The file never leaves this browser: it is checked on this computer. Only the totals and, if you choose to keep a run, a short sample of failures are saved.
        </Text>
      </FileDropZone>
      <div className={q.bar}>
        <Field label="Or a SharePoint list on the Data Hub site">
          <Dropdown
            placeholder={lists.status === "loading" && listsWanted ? "Loading lists…" : "Choose a list"}
            value={list}
            selectedOptions={list ? [list] : []}
            onOpenChange={(_, d) => d.open && setListsWanted(true)}
            onFocus={() => setListsWanted(true)}
            onOptionSelect={(_, d) => setList(d.optionValue ?? "")}
          >
            {(lists.status === "ready" ? lists.value : []).map((l) => (
              <Option key={l.title} value={l.title} text={l.title}>
                {l.title} ({plural(l.itemCount, "item")})
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button disabled={!list || reading !== null} onClick={() => onList(list)}>
          Read the list
        </Button>
      </div>
      {lists.status === "error" && <ErrorState error={lists.error} onRetry={lists.reload} />}
      {reading && (
        <div className={q.buttons}>
          <Text role="status">Reading the list… {formatNumber(reading.items)} items so far.</Text>
          <Button onClick={onCancel}>Stop reading</Button>
        </div>
      )}
      {source && !reading && (
        <Text>
          Checking <strong>{source.name}</strong> ({source.kind === "list" ? "a SharePoint list, read into this browser" : `${formatNumber(Math.ceil(source.bytes / 1024))} KB`}).
        </Text>
      )}
    </div>
  );
}
