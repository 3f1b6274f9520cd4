import { Combobox, Field, Option } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useServices } from "../../../core/ui/services";
import { siteUserIdFor } from "../data/actions-data";

interface DirectoryPerson {
  id: string;
  displayName: string;
  mail: string | null;
}

export interface OwnerFieldProps {
  ownerName: string;
  onChange: (owner: { id: number | null; name: string }) => void;
  validationMessage?: string;
}

/** Finds people in the directory (Graph) and turns the choice into a site user (SharePoint). */
export function OwnerField({ ownerName, onChange, validationMessage }: OwnerFieldProps) {
  const { graph, sp } = useServices();
  const [query, setQuery] = useState(ownerName);
  const [people, setPeople] = useState<DirectoryPerson[]>([]);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    const term = query.trim();
    if (term.length < 2 || term === ownerName) return;
    let current = true;
    // Graph directory search is prefix-by-word; quotes in the term would break the $search syntax.
    const safe = term.replace(/["\\]/g, "");
    const timer = setTimeout(() => {
      graph
        .get<{ value: DirectoryPerson[] }>(`/users?$search="displayName:${encodeURIComponent(safe)}"&$select=id,displayName,mail&$top=8`, { ConsistencyLevel: "eventual" })
        .then((result) => current && setPeople(result.value.filter((p) => p.mail)))
        .catch(() => current && setProblem("People search is not available right now; you can choose an owner later."));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [graph, query, ownerName]);

  const choose = async (mail: string | undefined) => {
    const person = people.find((p) => p.mail === mail);
    if (!person?.mail) {
      onChange({ id: null, name: "" });
      return;
    }
    try {
      onChange({ id: await siteUserIdFor(sp, person.mail), name: person.displayName });
      setProblem(undefined);
    } catch {
      setProblem(`${person.displayName} could not be added to the Data Hub site. Ask the data lead.`);
    }
  };

  return (
    <Field label="Owner" validationMessage={validationMessage ?? problem} validationState={validationMessage || problem ? "error" : "none"} hint="Type at least two letters of a name.">
      <Combobox
        freeform
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, data) => {
          setQuery(data.optionText ?? "");
          void choose(data.optionValue);
        }}
        placeholder="Search for a person"
      >
        {people.map((p) => (
          <Option key={p.id} value={p.mail ?? ""} text={p.displayName}>
            {p.displayName} ({p.mail})
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
