import { useMemo, useRef } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import { useServices } from "../../../core/ui/services";
import { type AsyncState, useAsync } from "../../../core/ui/use-async";
import { loadMyConfirmations } from "../data/confirmations-data";
import { loadDocuments } from "../data/documents-data";
import { type Confirmation, forYouToRead } from "../domain/confirmation";
import type { PolicyDocument } from "../domain/document";

export interface Library {
  docs: PolicyDocument[];
  siteUserId: number;
  mine: Confirmation[];
}

/**
 * The library, who I am on the site, and my confirmations of current versions: three small requests.
 * A reload after a save keeps showing what was loaded until the new answer arrives, so the screen
 * (and the keyboard focus on it) stays put instead of flashing to a spinner.
 */
export function useLibrary() {
  const { sp, person } = useServices();
  const loaded = useAsync(async (): Promise<Library> => {
    const [docs, siteUserId] = await Promise.all([loadDocuments(sp), currentSiteUserId(sp)]);
    return { docs, siteUserId, mine: await loadMyConfirmations(sp, docs, siteUserId) };
  }, [sp]);
  const last = useRef<Library | null>(null);
  if (loaded.status === "ready") last.current = loaded.value;
  const previous = loaded.status === "loading" ? last.current : null;
  const state = useMemo((): AsyncState<Library> & { reload: () => void } => (previous ? { status: "ready", value: previous, reload: loaded.reload } : loaded), [loaded, previous]);
  const toRead = useMemo(() => (state.status === "ready" ? forYouToRead(state.value.docs, person.roles, state.value.mine, state.value.siteUserId) : []), [state, person.roles]);
  return { state, toRead };
}
