import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import { useServices } from "../../../core/ui/services";
import { type AsyncState, useAsync } from "../../../core/ui/use-async";
import { loadOpenProposals } from "../data/proposals-data";
import { loadTerms } from "../data/terms-data";
import { directoryNameScreen, UsageRecorder } from "../data/usage-data";
import type { Proposal } from "../domain/proposal";
import { TermIndex } from "../domain/search";
import type { StatusFilter, Term, TermKind } from "../domain/term";

/** What the person has typed and chosen on the search screen; kept while they open terms and come back. */
export interface SearchState {
  query: string;
  kind: TermKind | "";
  status: StatusFilter;
  service: string;
  letter: string;
  limit: number;
}

export const INITIAL_SEARCH: SearchState = { query: "", kind: "", status: "in-use", service: "", letter: "", limit: 50 };

export interface Dictionary {
  /** Every term loaded so far, by item id; grows page by page. */
  terms: ReadonlyMap<number, Term>;
  byKey: ReadonlyMap<string, Term>;
  index: TermIndex;
  /** Changes whenever terms arrive or change, so screens re-render. */
  revision: number;
  loading: boolean;
  error: unknown;
  reload: () => void;
  /** A term just published or changed here goes straight into the index, without reloading everything. */
  upsert: (term: Term) => void;
  proposals: AsyncState<Proposal[]> & { reload: () => void };
  /** The signed-in person's site user id (null until known). */
  me: number | null;
  recorder: UsageRecorder;
  search: SearchState;
  setSearch: (change: Partial<SearchState>) => void;
  /** Set when a term is opened from search results, so its view is counted as "found by search". */
  openedFromSearch: { current: string | null };
  /** Councillors' plain-language presentation: plain English first, no workflow. */
  plain: boolean;
}

const DictionaryContext = createContext<Dictionary | null>(null);

export function useDictionary(): Dictionary {
  const value = useContext(DictionaryContext);
  if (!value) throw new Error("useDictionary must be used inside DictionaryProvider");
  return value;
}

/** Loads the dictionary once per visit to the module and shares it with every screen of it. */
export function DictionaryProvider({ plain, children }: { plain: boolean; children: ReactNode }) {
  const { sp, graph, person } = useServices();
  const terms = useRef(new Map<number, Term>());
  const byKey = useRef(new Map<string, Term>());
  const [index, setIndex] = useState(() => new TermIndex());
  const [revision, setRevision] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [search, setSearchState] = useState<SearchState>(INITIAL_SEARCH);
  const openedFromSearch = useRef<string | null>(null);

  const remember = useCallback((term: Term) => {
    const previous = terms.current.get(term.id);
    if (previous && previous.key !== term.key) byKey.current.delete(previous.key);
    terms.current.set(term.id, term);
    byKey.current.set(term.key, term);
  }, []);

  useEffect(() => {
    let live = true;
    const fresh = new TermIndex();
    terms.current = new Map();
    byKey.current = new Map();
    setIndex(fresh);
    setLoading(true);
    setError(null);
    // Pages are indexed one after another, in chunks that yield to the browser, so typing never stalls.
    let indexing = Promise.resolve();
    loadTerms(sp, (page) => {
      if (!live) return;
      for (const term of page) remember(term);
      indexing = indexing.then(() => fresh.addAsync(page)).then(() => {
        if (live) setRevision((r) => r + 1);
      });
    })
      .then(() => indexing)
      .then(
        () => live && setLoading(false),
        (e: unknown) => {
          if (!live) return;
          setError(e);
          setLoading(false);
        },
      );
    return () => {
      live = false;
    };
  }, [sp, attempt, remember]);

  const upsert = useCallback(
    (term: Term) => {
      remember(term);
      index.add([term]);
      setRevision((r) => r + 1);
    },
    [index, remember],
  );

  const proposalsState = useAsync(() => loadOpenProposals(sp), [sp]);
  const meState = useAsync(() => currentSiteUserId(sp), [sp]);
  const recorder = useMemo(() => new UsageRecorder(sp, person.profile.department, { screen: directoryNameScreen(graph) }), [sp, graph, person.profile.department]);

  useEffect(() => {
    // Counts are written in batches: write what is left when the person leaves the page or the module.
    const flush = () => void recorder.flush();
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [recorder]);

  const setSearch = useCallback((change: Partial<SearchState>) => setSearchState((s) => ({ ...s, ...change })), []);

  const value: Dictionary = {
    terms: terms.current,
    byKey: byKey.current,
    index,
    revision,
    loading,
    error,
    reload: () => setAttempt((a) => a + 1),
    upsert,
    proposals: proposalsState,
    me: meState.status === "ready" ? meState.value : null,
    recorder,
    search,
    setSearch,
    openedFromSearch,
    plain,
  };
  return <DictionaryContext.Provider value={value}>{children}</DictionaryContext.Provider>;
}
