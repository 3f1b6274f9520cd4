import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { addItem, getItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { type Round, type RoundInput, type RoundStatus, ROUND_STATUSES, roundKeyOf } from "../domain/rounds";
import { type Team, teamsFromText } from "../domain/teams";
import { roundValues } from "../domain/wire";
import { roundsList } from "../lists";

const ROUND_SELECT = ["Id", "RoundKey", "Title", "Status", "OpensOn", "ClosesOn", "Services", "IsSample", "Modified"] as const;

/** A round as the screens work with it: the domain's round, its services by name, and its list item's version. */
export interface SiteRound extends Round {
  id: number;
  etag: string | null;
  teams: Team[];
  modified: string;
}

type RoundItem = Awaited<ReturnType<typeof getItems<typeof roundsList, (typeof ROUND_SELECT)[number]>>>[number];

const day = (value: string | null) => (value ?? "").slice(0, 10);

function roundFromItem(item: RoundItem): SiteRound {
  const teams = teamsFromText(item.Services);
  const status = (ROUND_STATUSES as readonly string[]).includes(item.Status ?? "") ? (item.Status as RoundStatus) : "Draft";
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    key: item.RoundKey ?? "",
    name: item.Title ?? "",
    status,
    opensOn: day(item.OpensOn),
    closesOn: day(item.ClosesOn),
    teams,
    teamKeys: teams.map((t) => t.key),
    isSample: Boolean(item.IsSample),
    modified: item.Modified,
  };
}

/** Every round (a council runs a few a year). */
export async function loadRounds(sp: SPFI): Promise<SiteRound[]> {
  const items = await getItems(sp, roundsList, { select: ROUND_SELECT, orderBy: [["Id", "asc"]], top: 5000 });
  return items.map(roundFromItem);
}

export async function getRound(sp: SPFI, id: number): Promise<SiteRound> {
  return roundFromItem(await getItem(sp, roundsList, id, { select: ROUND_SELECT }));
}

export async function getRoundByKey(sp: SPFI, key: string): Promise<SiteRound | null> {
  const items = await getItems(sp, roundsList, { select: ROUND_SELECT, filter: filterFor(roundsList).eq("RoundKey", key), top: 1 });
  return items[0] ? roundFromItem(items[0]) : null;
}

/** Opens a new round (validated by the screen with validateRound); the key is unique, so two of the same name cannot both be added. */
export async function addRound(sp: SPFI, input: RoundInput & { teams: readonly Team[] }, status: RoundStatus = "Open"): Promise<SiteRound> {
  const key = roundKeyOf(input.name);
  const added = await addItem(sp, roundsList, roundValues({ key, name: input.name.trim(), status, opensOn: input.opensOn, closesOn: input.closesOn, isSample: false }, input.teams));
  return getRound(sp, added.id);
}

/** Changes a round's status (or dates and services) with the version the data lead saw. */
export async function saveRound(sp: SPFI, round: Pick<SiteRound, "id" | "etag">, values: { Status?: RoundStatus; OpensOn?: string; ClosesOn?: string; Services?: string }): Promise<SiteRound> {
  await updateItem(sp, roundsList, round, values, () => getRound(sp, round.id));
  return getRound(sp, round.id);
}
