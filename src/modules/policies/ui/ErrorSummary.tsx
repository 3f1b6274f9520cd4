import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Problem } from "../domain/forms";

/**
 * The problems with a form, at its top, each a link to its field. Focus moves here when a save is
 * refused, so a screen reader hears them at once. Links move focus rather than the address: the
 * hub's routes live in the address's hash.
 */
export function ErrorSummary<F extends string>({ problems, idOf, attempt }: { problems: readonly Problem<F>[]; idOf: (field: F) => string; attempt: number }) {
  const box = useRef<HTMLDivElement>(null);
  const count = problems.length;
  // Each refused save (a new attempt) moves focus here, even when the problems are the same as before.
  useEffect(() => {
    if (count) box.current?.focus();
  }, [attempt, count]);
  if (!problems.length) return null;
  return (
    <div ref={box} tabIndex={-1} role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Please check the form</MessageBarTitle>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}-${p.message}`}>
                <Link as="button" onClick={() => document.getElementById(idOf(p.field))?.focus()}>
                  {p.message}
                </Link>
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
