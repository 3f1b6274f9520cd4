export default function ActionLinksView(_props: Record<string, unknown>) {
  return null;
}
