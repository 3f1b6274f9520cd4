/**
 * The validation worker: a file of its own in the build (never a blob: URL, which SharePoint's
 * content security policy refuses), so a million-row run never blocks the page.
 * Created by validation-client.ts with `new Worker(new URL("./validation.worker.ts", import.meta.url), { type: "module" })`.
 */
import { createRequestHandler, type ValidationRequest, type ValidationResponse } from "../data/readers/worker-protocol";

const scope = self as unknown as { postMessage(message: ValidationResponse): void; onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null };
const handle = createRequestHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
