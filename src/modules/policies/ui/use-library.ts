import { useMemo } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { loadMyConfirmations } from "../data/confirmations-data";
import { loadDocuments } from "../data/documents-data";
import { type Confirmation, forYouToRead } from "../domain/confirmation";
import type { PolicyDocument } from "../domain/document";

export interface Library {
  docs: PolicyDocument[];
  siteUserId: number;
  mine: Confirmation[];
}

/** The library, who I am on the site, and my confirmations of current versions: three small requests. */
export function useLibrary() {
  const { sp, person } = useServices();
  const state = useAsync(async (): Promise<Library> => {
    const [docs, siteUserId] = await Promise.all([loadDocuments(sp), currentSiteUserId(sp)]);
    return { docs, siteUserId, mine: await loadMyConfirmations(sp, docs, siteUserId) };
  }, [sp]);
  const toRead = useMemo(() => (state.status === "ready" ? forYouToRead(state.value.docs, person.roles, state.value.mine, state.value.siteUserId) : []), [state, person.roles]);
  return { state, toRead };
}
