import { Button, Field, Link, MessageBar, MessageBarBody, SearchBox, Select, Text, Toolbar, ToolbarRadioButton, ToolbarRadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { formatNumber, plural } from "../../../core/domain/format";
import { navigate, routeHref } from "../../../core/ui/router";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { nameKey } from "../domain/normalise";
import { workQueues } from "../domain/queues";
import { resultSummary } from "../domain/result-summary";
import type { SearchHit } from "../domain/search";
import { passesStatusFilter, type StatusFilter, type Term, TERM_KINDS, TERM_STATUSES } from "../domain/term";
import { useDictionary } from "./dictionary-state";
import { Frame, useViewer } from "./Frame";
import { Pill, TermStatusPill, termHref, useDictionaryStyles } from "./parts";

const useStyles = makeStyles({
  filters: { display: "grid", gap: tokens.spacingHorizontalM, gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 11rem), 1fr))" },
  letters: { padding: 0 },
  letterGroup: { display: "flex", flexWrap: "wrap" },
  letter: { minWidth: "2rem" },
  title: { margin: 0 },
});

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
/** A search counts once the person has stopped typing for this long (or opens a result). */
const SETTLE_MS = 1500;
const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

function firstLetter(title: string): string {
  const letter = nameKey(title).charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : "#";
}

/** The start of a definition, cut at a word: enough to recognise the term. */
function snippet(text: string, length = 240): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), length - 40)).trimEnd()}…`;
}

function ResultItem({ term, hit, replacement, plain, onOpen }: { term: Term; hit?: SearchHit; replacement?: Term; plain: boolean; onOpen: () => void }) {
  const styles = useDictionaryStyles();
  const own = useStyles();
  const text = (plain && term.plainLanguage) || term.definition;
  return (
    <li className={styles.card}>
      <div className={styles.row}>
        <Text as="h2" size={400} weight="semibold" className={own.title}>
          <Link href={termHref(term.key)} onClick={onOpen}>
            {term.title}
          </Link>
        </Text>
        <Pill>{term.kind}</Pill>
        {term.acronym && <Pill>{term.acronym}</Pill>}
        {term.status !== "Approved" && <TermStatusPill status={term.status} />}
      </div>
      {hit?.tier === 1 && hit.alias && <Text size={200}>Also known as {hit.alias}</Text>}
      <Text className={styles.secondary}>{snippet(text)}</Text>
      {term.status === "Deprecated" && replacement && (
        <Text size={200}>
          Use <Link href={termHref(replacement.key)}>{replacement.title}</Link> instead.
        </Text>
      )}
    </li>
  );
}

/** Find a term: one box that searches names, acronyms, synonyms and definitions as you type; or browse. */
export function SearchView() {
  const styles = useDictionaryStyles();
  const own = useStyles();
  const dictionary = useDictionary();
  const viewer = useViewer();
  const { search, setSearch, terms, byKey, index, revision, recorder, openedFromSearch } = dictionary;
  // Searching 10,000 terms takes a few milliseconds (npm run bench): every keystroke searches at once.
  const query = search.query;
  const recorded = useRef<string>("");

  const sorted = useMemo(() => [...terms.values()].sort((a, b) => collator.compare(a.title, b.title)), [terms, revision]);
  const services = useMemo(() => [...new Set(sorted.map((t) => t.service).filter((s): s is string => Boolean(s)))].sort(collator.compare), [sorted]);
  const overdue = useMemo(() => (viewer.siteUserId === null ? [] : workQueues([], terms.values(), { ...viewer, isDataLead: false }, new Date()).overdue), [terms, revision, viewer.siteUserId]);

  const results = useMemo(() => {
    const accept = (term: Term | undefined, status: StatusFilter = search.status) =>
      Boolean(term) && (!search.kind || term!.kind === search.kind) && passesStatusFilter(term!.status, status) && (!search.service || term!.service === search.service);
    if (query.trim()) {
      const found = index.search(query, { limit: search.limit, accept: (id) => accept(terms.get(id)) });
      // Nothing in use matches, but an old name might: offer the deprecated terms, which point to their replacements.
      const offersDeprecated = search.status === "in-use" || search.status === "Approved";
      const deprecated = found.total === 0 && offersDeprecated ? index.search(query, { limit: 1, accept: (id) => accept(terms.get(id), "Deprecated") }).matchedAll : 0;
      return { searching: true, items: found.hits.map((hit) => ({ term: terms.get(hit.id)!, hit })), total: found.total, found, deprecated };
    }
    const listed = sorted.filter((t) => accept(t) && (!search.letter || firstLetter(t.title) === search.letter));
    return { searching: false, items: listed.slice(0, search.limit).map((term) => ({ term, hit: undefined })), total: listed.length, found: null, deprecated: 0 };
  }, [query, index, terms, sorted, revision, search.kind, search.status, search.service, search.letter, search.limit]);

  // Count a search once the person pauses: not every keystroke, and only the words they settled on.
  const recordSearch = () => {
    const settled = nameKey(query);
    if (!settled || settled === recorded.current) return;
    recorded.current = settled;
    recorder.search(query, results.total);
  };
  useEffect(() => {
    if (!query.trim() || dictionary.loading) return;
    const timer = setTimeout(recordSearch, SETTLE_MS);
    return () => clearTimeout(timer);
  });

  const open = (term: Term) => {
    if (results.searching) {
      recordSearch();
      openedFromSearch.current = term.key;
    }
  };

  const summary = results.found
    ? resultSummary({ query, outcome: results.found, shown: results.items.length, statusWord: search.status && search.status !== "in-use" ? search.status.toLowerCase() : null })
    : `${plural(results.total, "term")}${search.letter ? ` starting with ${search.letter}` : ""}${results.total > results.items.length ? `, showing ${formatNumber(results.items.length)}` : ""}.`;

  return (
    <Frame section="find" title="Data dictionary">
      <Text as="p">One agreed definition for every term, metric and KPI the council uses.</Text>
      {overdue.length > 0 && !dictionary.plain && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {plural(overdue.length, "term")} you own {overdue.length === 1 ? "is" : "are"} past {overdue.length === 1 ? "its" : "their"} review date.{" "}
            <Link href={routeHref("dictionary", ["proposals"])}>Review them</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <div role="search" className={styles.stack}>
        <Field label="Search the data dictionary" hint="Names, acronyms, synonyms and definitions. Typos and word order don't matter.">
          <SearchBox
            value={search.query}
            onChange={(_, data) => setSearch({ query: data.value, limit: 50 })}
            onKeyDown={(e) => {
              // Enter opens the best match: the fastest path from a name to its definition.
              const first = results.items[0];
              if (e.key === "Enter" && results.searching && first) {
                open(first.term);
                navigate(termHref(first.term.key));
              }
            }}
          />
        </Field>
        <div className={own.filters}>
          <Field label="Kind">
            <Select value={search.kind} onChange={(_, data) => setSearch({ kind: data.value as Term["kind"] | "", limit: 50 })}>
              <option value="">All kinds</option>
              {TERM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Status">
            <Select value={search.status} onChange={(_, data) => setSearch({ status: data.value as StatusFilter, limit: 50 })}>
              <option value="in-use">In use (all but deprecated)</option>
              <option value="">All statuses</option>
              {TERM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Service">
            <Select value={search.service} onChange={(_, data) => setSearch({ service: data.value, limit: 50 })}>
              <option value="">All services</option>
              {services.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {!search.query.trim() && (
          <Toolbar
            aria-label="Browse A to Z"
            className={own.letters}
            checkedValues={{ letter: [search.letter || "all"] }}
            onCheckedValueChange={(_, data) => setSearch({ letter: data.checkedItems[0] === "all" ? "" : (data.checkedItems[0] ?? ""), limit: 50 })}
          >
            <ToolbarRadioGroup className={own.letterGroup}>
              <ToolbarRadioButton name="letter" value="all" appearance="subtle">
                All
              </ToolbarRadioButton>
              {LETTERS.map((letter) => (
                <ToolbarRadioButton key={letter} name="letter" value={letter} appearance="subtle" className={own.letter}>
                  {letter}
                </ToolbarRadioButton>
              ))}
            </ToolbarRadioGroup>
          </Toolbar>
        )}
      </div>

      {dictionary.error ? <ErrorState error={dictionary.error} onRetry={dictionary.reload} /> : null}
      {dictionary.loading && terms.size === 0 ? (
        <Loading label="Loading the dictionary…" />
      ) : (
        <section aria-label="Results" className={styles.stack}>
          <Text role="status" weight="semibold">
            {summary}
          </Text>
          {dictionary.loading && (
            <Text size={200} className={styles.secondary}>
              Still loading: {plural(terms.size, "term")} so far.
            </Text>
          )}
          {results.items.length === 0 ? (
            <EmptyState title={results.searching ? "Nothing found" : "No terms here yet"}>
              {results.deprecated > 0 && (
                <Button onClick={() => setSearch({ status: "" })}>Show {plural(results.deprecated, "deprecated term")}</Button>
              )}
              {results.searching && !dictionary.plain && (
                <Text>
                  Can't find it? <Link href={routeHref("dictionary", ["propose"], { title: query.trim() })}>Suggest “{query.trim()}” as a new term</Link>.
                </Text>
              )}
            </EmptyState>
          ) : (
            <ul className={styles.list}>
              {results.items.map(({ term, hit }) => (
                <ResultItem key={term.id} term={term} hit={hit} plain={dictionary.plain} replacement={term.replacedBy ? byKey.get(term.replacedBy) : undefined} onOpen={() => open(term)} />
              ))}
            </ul>
          )}
          {results.total > results.items.length && (
            <div>
              <Button onClick={() => setSearch({ limit: search.limit + 50 })}>Show more</Button>
            </div>
          )}
        </section>
      )}
    </Frame>
  );
}
