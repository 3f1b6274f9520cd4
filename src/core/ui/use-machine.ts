import { useCallback, useRef, useState } from "react";

/**
 * A screen's state machine: a pure transition `(state, event) → { state, …what to do }` kept in
 * `domain/`, driven from here. Each event starts from the latest state, kept synchronously, not from
 * the last render: events can arrive faster than React renders (a report's bursts, a double click).
 * Returns what the transition returned, so the caller carries out the effects it asks for.
 */
export function useMachine<S, E, R extends { state: S }>(transition: (state: S, event: E) => R, initial: S | (() => S)) {
  const [state, setState] = useState<S>(initial);
  const latest = useRef(state);
  const apply = useCallback(
    (event: E): R => {
      const next = transition(latest.current, event);
      latest.current = next.state;
      setState(next.state);
      return next;
    },
    [transition],
  );
  return { state, apply, latest };
}
