import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import { useAnnounce } from "../../../core/ui/announcer";
import { useServices } from "../../../core/ui/services";
import { loadRegister } from "../data/assets-data";
import { loadFlows } from "../data/flows-data";
import type { Asset } from "../domain/asset";
import { type Day, dayOf } from "../domain/dates";
import type { Flow } from "../domain/flows";
import { flowId } from "../domain/flows";

/** The register as every screen of the module shares it: loaded once per visit, changed in place after a save. */
export interface Register {
  assets: readonly Asset[];
  byKey: ReadonlyMap<string, Asset>;
  /** True until the last page of assets has arrived; rows already received are shown meanwhile. */
  loading: boolean;
  error: unknown;
  /** False when this person may not read the restricted register; null until known. */
  restrictedReadable: boolean | null;
  /** Flows are read the first time a screen needs them (the map, the list view, an asset). */
  flows: { status: "idle" | "loading" | "ready" | "error"; items: readonly Flow[]; error: unknown };
  needFlows: () => void;
  /** The signed-in person's site user id (0 until known). */
  me: number;
  today: Day;
  reload: () => void;
  upsertAsset: (asset: Asset) => void;
  upsertFlow: (flow: Flow) => void;
  forgetFlow: (flow: Flow) => void;
  /** What the last save did, announced on the next screen ("Review saved…"). */
  notice: string;
  announce: (text: string) => void;
}

const RegisterContext = createContext<Register | null>(null);

export function useRegister(): Register {
  const value = useContext(RegisterContext);
  if (!value) throw new Error("useRegister must be used inside RegisterProvider");
  return value;
}

export function RegisterProvider({ children }: { children: ReactNode }) {
  const { sp } = useServices();
  const today = useMemo(() => dayOf(new Date())!, []);
  const [byKey, setByKey] = useState<Map<string, Asset>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [restrictedReadable, setRestrictedReadable] = useState<boolean | null>(null);
  const [flows, setFlows] = useState<Register["flows"]>({ status: "idle", items: [], error: null });
  const [me, setMe] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState("");
  const announceToHub = useAnnounce();
  // Shown on the next screen, and said through the hub's one live region: a region mounted with its
  // text already in it (the asset page after a save) is not reliably read out.
  const announce = useCallback(
    (text: string) => {
      setNotice(text);
      if (text) announceToHub(text);
    },
    [announceToHub],
  );
  const generation = useRef(0);

  useEffect(() => {
    const counter = generation;
    const mine = ++counter.current;
    setByKey(new Map());
    setLoading(true);
    setError(null);
    currentSiteUserId(sp).then(
      (id) => mine === generation.current && setMe(id),
      () => undefined,
    );
    loadRegister(sp, (page) => {
      if (mine !== generation.current) return;
      setByKey((previous) => {
        const next = new Map(previous);
        for (const asset of page) next.set(asset.key, asset);
        return next;
      });
    }).then(
      (load) => {
        if (mine !== generation.current) return;
        setRestrictedReadable(load.restrictedReadable);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== generation.current) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      counter.current++;
    };
  }, [sp, attempt]);

  const flowsRequested = useRef(false);
  const needFlows = useCallback(() => {
    if (flowsRequested.current) return;
    flowsRequested.current = true;
    setFlows({ status: "loading", items: [], error: null });
    loadFlows(sp).then(
      (items) => setFlows({ status: "ready", items, error: null }),
      (e: unknown) => {
        flowsRequested.current = false;
        setFlows({ status: "error", items: [], error: e });
      },
    );
  }, [sp]);

  const reload = useCallback(() => {
    flowsRequested.current = false;
    setFlows({ status: "idle", items: [], error: null });
    setAttempt((a) => a + 1);
  }, []);
  const upsertAsset = useCallback((asset: Asset) => setByKey((previous) => new Map(previous).set(asset.key, asset)), []);
  const upsertFlow = useCallback((flow: Flow) => setFlows((f) => ({ ...f, items: [...f.items.filter((x) => flowId(x) !== flowId(flow)), flow] })), []);
  const forgetFlow = useCallback((flow: Flow) => setFlows((f) => ({ ...f, items: f.items.filter((x) => flowId(x) !== flowId(flow)) })), []);

  // One array per change of the map: every view's filtering is memoised on it.
  const assets = useMemo(() => [...byKey.values()], [byKey]);
  const value = useMemo<Register>(
    () => ({ assets, byKey, loading, error, restrictedReadable, flows, needFlows, me, today, reload, upsertAsset, upsertFlow, forgetFlow, notice, announce }),
    [assets, byKey, loading, error, restrictedReadable, flows, needFlows, me, today, reload, upsertAsset, upsertFlow, forgetFlow, notice, announce],
  );
  return <RegisterContext.Provider value={value}>{children}</RegisterContext.Provider>;
}
