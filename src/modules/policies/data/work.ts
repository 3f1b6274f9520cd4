import type { WorkReader } from "../../../core/module";
import { dayOf as workDay } from "../../../core/domain/work";
import { forYouToRead } from "../domain/confirmation";
import { reviewsDue } from "../domain/reviews";
import { loadMyConfirmations } from "./confirmations-data";
import { loadDocuments } from "./documents-data";

/** Documents the person must read (current versions not yet confirmed), and reviews of documents they own that are due. */
export const readWork: WorkReader = async ({ sp, person }, { siteUserId, today }) => {
  const docs = await loadDocuments(sp);
  const mine = await loadMyConfirmations(sp, docs, siteUserId);
  const toRead = forYouToRead(docs, person.roles, mine, siteUserId).map((doc) => ({
    key: `read-${doc.id}-${doc.readVersion}`,
    moduleId: "policies",
    kind: "read" as const,
    title: doc.title,
    route: `policies/${doc.id}`,
    due: null,
    overdue: false,
    detail: doc.versionLabel ? `Version ${doc.versionLabel}` : undefined,
  }));
  // Owners review their own documents; the data lead's all-documents list stays on the policies page.
  const toReview = reviewsDue(docs, workDay(today), { siteUserId, seesAll: false }).map(({ doc }) => ({
    key: `review-${doc.id}`,
    moduleId: "policies",
    kind: "review" as const,
    title: doc.title,
    route: `policies/${doc.id}`,
    due: doc.nextReview,
    overdue: true,
    detail: "Review date passed",
  }));
  return [...toRead, ...toReview];
};
