import { useState } from "react";
import { siteUserIdFor } from "../../../core/data/people";
import { type PickedPerson, PersonPicker } from "../../../core/ui/PersonPicker";
import { useServices } from "../../../core/ui/services";

export interface OwnerFieldProps {
  ownerName: string;
  onChange: (owner: { id: number | null; name: string }) => void;
  validationMessage?: string;
}

/** The action's owner: a person from the directory, saved as their site user id. */
export function OwnerField({ ownerName, onChange, validationMessage }: OwnerFieldProps) {
  const { sp } = useServices();
  const [picked, setPicked] = useState<PickedPerson | null>(ownerName ? { displayName: ownerName, email: "" } : null);
  const [problem, setProblem] = useState<string | undefined>();
  const choose = async (person: PickedPerson | null) => {
    setPicked(person);
    setProblem(undefined);
    if (!person) {
      onChange({ id: null, name: "" });
      return;
    }
    try {
      onChange({ id: person.siteUserId ?? (await siteUserIdFor(sp, person.email)), name: person.displayName });
    } catch {
      setProblem(`${person.displayName} could not be added to the Data Hub site. Ask the data lead.`);
    }
  };
  return <PersonPicker label="Owner" value={picked} onChange={(p) => void choose(p)} hint="Type at least two letters of a name." error={validationMessage ?? problem} />;
}
