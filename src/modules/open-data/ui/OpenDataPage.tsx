import type { ModulePageProps } from "../../../core/module";

export default function OpenDataPage(_props: ModulePageProps) {
  return null;
}
