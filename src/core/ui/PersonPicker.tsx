import { Combobox, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { describeFailure } from "../data/errors";
import { type DirectoryPerson, searchPeople } from "../data/people";
import { useServices } from "./services";

/** Someone chosen in a people picker: enough to show them and to resolve their site user id (by email). */
export interface PickedPerson {
  displayName: string;
  email: string;
  /** Their id on the SharePoint site when already known (a person column read back); absent for a fresh pick. */
  siteUserId?: number;
}

const useStyles = makeStyles({
  secondary: { color: tokens.colorNeutralForeground2 },
});

export interface PersonPickerProps {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  hint?: string;
  required?: boolean;
  /** A validation message from the form (shown as an error). */
  error?: string;
}

/**
 * Picks one person from the directory as they type (Graph `/users?$search` through the shared
 * Graph service, debounced: see `searchPeople` in src/core/data/people.ts). It returns name and
 * email; when saving to a person column, turn the email into a site user id with `siteUserIdFor`
 * from the same file. Keyboard: type to search, arrows to move, Enter to choose; clearing the
 * text clears the choice. Reusable by any module (action owners, term stewards).
 */
export function PersonPicker({ label, value, onChange, hint, required, error }: PersonPickerProps) {
  const styles = useStyles();
  const { graph } = useServices();
  const [text, setText] = useState(value?.displayName ?? "");
  const [results, setResults] = useState<DirectoryPerson[]>([]);
  const [status, setStatus] = useState<"idle" | "searching" | "done" | "failed">("idle");
  const [failure, setFailure] = useState("");
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState(false);
  const generation = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  // A value chosen elsewhere (a form reset, a proposal loaded) shows its name.
  useEffect(() => setText(value?.displayName ?? ""), [value?.displayName, value?.email]);

  useEffect(() => {
    const query = text.trim();
    // Every change of text retires the search before it: one still in flight for older text must not
    // replace the list, or reopen it, once the person has chosen someone.
    const mine = ++generation.current;
    if (query.length < 2 || query === value?.displayName) {
      setStatus("idle");
      return;
    }
    // Searching from the first keystroke: the names still listed are for the earlier text.
    setStatus("searching");
    const timer = setTimeout(() => {
      searchPeople(graph, query).then(
        (people) => {
          if (mine !== generation.current) return;
          setResults(people);
          setStatus("done");
          // Results arrive after the typing that asked for them: show them if the person is still here.
          if (document.activeElement === input.current) setOpen(true);
        },
        (e: unknown) => {
          if (mine !== generation.current) return;
          setResults([]);
          setFailure(describeFailure(e).title);
          setStatus("failed");
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [text, graph, value?.displayName]);

  // Typed but never chosen: the choice has not changed, and the person should know before saving.
  const unchosen = left && text.trim() !== "" && text !== (value?.displayName ?? "");
  const message = error ?? (status === "failed" ? `${failure}. Try again in a moment.` : unchosen ? (value ? `Still ${value.displayName}: choose someone from the list to change it.` : "Choose someone from the list.") : undefined);
  return (
    <Field label={label} required={required} hint={hint} validationMessage={message} validationState={message ? "error" : "none"}>
      <Combobox
        ref={input}
        freeform
        open={open}
        onOpenChange={(_, data) => setOpen(data.open)}
        onBlur={() => setLeft(true)}
        onFocus={() => setLeft(false)}
        value={text}
        aria-busy={status === "searching"}
        selectedOptions={value ? [value.email] : []}
        placeholder="Type a name or email"
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value.trim()) onChange(null);
        }}
        onOptionSelect={(_, data) => {
          const person = results.find((p) => p.email === data.optionValue);
          if (!person) return;
          onChange({ displayName: person.displayName, email: person.email });
          setText(person.displayName);
          setOpen(false);
        }}
      >
        {status === "searching" && results.length === 0 && (
          <Option value="" text="Searching" disabled>
            Searching…
          </Option>
        )}
        {status === "done" && results.length === 0 && (
          <Option value="" text="No one found" disabled>
            No one found
          </Option>
        )}
        {results.map((person) => (
          <Option key={person.id} value={person.email} text={person.displayName}>
            <span>
              {person.displayName}
              <Text size={200} className={styles.secondary} block>
                {[person.jobTitle, person.department].filter(Boolean).join(", ") || person.email}
              </Text>
            </span>
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
