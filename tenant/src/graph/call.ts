import type { ApiRequest } from "../http-types";
import type { Params } from "../routing";
import type { Db } from "../store/database";

/** What every Graph handler receives. */
export interface GraphCall {
  readonly request: ApiRequest;
  readonly query: URLSearchParams;
  readonly params: Params;
  readonly origin: string;
  readonly db: Db;
  /** `@odata.context` for an entity set, e.g. `users`. */
  context(entitySet: string): string;
}
