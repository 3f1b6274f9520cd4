import { type SampleContext, seedList } from "../../core/module";
import type { Answer } from "./domain/answers";
import { computeRoundResults } from "./domain/results";
import type { Round } from "./domain/rounds";
import { makeSnapshot, snapshotParts } from "./domain/snapshot";
import { answerValues, frameworkRowValues, levelNamesText, roundValues } from "./domain/wire";
import { answersList, frameworkInfoList, frameworkRowsList, resultsList, roundsList } from "./lists";
import { readSharedFramework } from "./seed/framework-file";
import { PRINCIPLE_MAPPING_SEED } from "./seed/index";
import { generateSampleData } from "./seed/sample-data";

const DAY_MS = 86_400_000;

/**
 * `DATAHUB_MATURITY_SAMPLES=off` starts a local tenant without these samples: about 12,400 items
 * take the local tenant several seconds to add, which a test suite that never opens this module
 * need not pay (the jest setup turns them off; the maturity suites turn them back on).
 */
export const SAMPLES_ENV = "DATAHUB_MATURITY_SAMPLES";
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The closed sample rounds, dated back from today so "change between rounds" reads naturally: a
 * baseline about a year ago and a second round about four months ago (the "a sample round
 * of 64 teams plus a second sample round"). The bench adds a third for the full scale.
 */
const CLOSED_ROUND_STARTS_DAYS_AGO = [380, 120];
const ROUND_LENGTH_DAYS = 53;

/**
 * The local personas' departments (tenant/src/identity/personas.ts), so a manager or information
 * asset owner signing in locally finds an open round for their own service to try answering.
 */
const OPEN_ROUND_SERVICES = ["Customer Services", "Digital", "Information Governance", "Strategy Unit"];

/**
 * Local mode's SAMPLE content: the shared framework file imported (the repository holds none of
 * its text), two closed sample rounds of 64 "Sample team NN" teams (about 12,400 answers, past the
 * 5,000-item threshold) with their anonymised results, and an open sample round for the local personas'
 * own services with no answers yet. Every round is marked IsSample and named "Sample round…":
 * never to be presented as Havant Borough Council's results. Without the framework file there is
 * nothing to answer against, so there are no samples (the page then says how to import one).
 */
export function samples({ today }: SampleContext) {
  if (process.env[SAMPLES_ENV] === "off") return [];
  const shared = readSharedFramework();
  if (!shared.framework) {
    console.warn(`Data maturity: no sample rounds, because ${shared.reason}.`);
    return [];
  }
  const framework = shared.framework;
  const sample = generateSampleData(framework, { rounds: CLOSED_ROUND_STARTS_DAYS_AGO.length });
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rounds: Round[] = sample.rounds.map((round, i) => {
    const opens = startOfToday - CLOSED_ROUND_STARTS_DAYS_AGO[i]! * DAY_MS;
    return { ...round, opensOn: isoDay(opens), closesOn: isoDay(opens + ROUND_LENGTH_DAYS * DAY_MS) };
  });
  const openRound: Round = {
    key: "sample-round-open",
    name: `Sample round ${rounds.length + 1} (open)`,
    status: "Open",
    opensOn: isoDay(startOfToday),
    closesOn: isoDay(startOfToday + 56 * DAY_MS),
    teamKeys: [],
    isSample: true,
  };
  const answers: Answer[] = sample.answers;
  const results = rounds.map((round) => makeSnapshot(computeRoundResults(framework, round.key, answers, PRINCIPLE_MAPPING_SEED), new Date(`${round.closesOn}T17:00:00Z`)));

  return [
    seedList(frameworkRowsList, () => framework.rows.map(frameworkRowValues)),
    seedList(frameworkInfoList, () => [
      {
        Title: "Framework",
        About: framework.source.about,
        Licence: framework.source.licence,
        Attribution: framework.source.attribution,
        LevelNames: levelNamesText(framework.levelNames),
        ImportedOn: today.toISOString(),
      },
    ]),
    seedList(roundsList, () => [
      ...rounds.map((round) => roundValues(round, sample.teams)),
      roundValues(openRound, OPEN_ROUND_SERVICES.map((name) => ({ key: name, name }))),
    ]),
    seedList(answersList, () => answers.map(answerValues)),
    seedList(resultsList, () =>
      results.flatMap((snapshot) => {
        const parts = snapshotParts(snapshot);
        return parts.map((text, i) => ({ ResultKey: `${snapshot.roundKey}#${i + 1}`, Title: rounds.find((r) => r.key === snapshot.roundKey)!.name, RoundKey: snapshot.roundKey, Part: i + 1, Parts: parts.length, Snapshot: text, ComputedOn: snapshot.computedOn }));
      }),
    ),
  ];
}
