import type { Course } from "./training";

export interface CatalogueFilters {
  search?: string;
  topic?: string;
  level?: string;
  format?: string;
  audience?: string;
  principle?: string;
}

export function catalogueFiltersFromParams(params: URLSearchParams): CatalogueFilters {
  const get = (k: string) => params.get(k) || undefined;
  return { search: get("q"), topic: get("topic"), level: get("level"), format: get("format"), audience: get("audience"), principle: get("principle") };
}

/** Filters, and free-text search over title, description, topic and skills (all words, any order). */
export function filterCourses(courses: readonly Course[], f: CatalogueFilters): Course[] {
  const words = (f.search ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return courses.filter((c) => {
    if (f.topic && c.topic !== f.topic) return false;
    if (f.level && c.level !== f.level) return false;
    if (f.format && c.format !== f.format) return false;
    if (f.audience && !c.audiences.includes(f.audience)) return false;
    if (f.principle && c.principleKey !== f.principle) return false;
    const haystack = [c.title, c.description, c.topic, ...c.skills].join(" ").toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
