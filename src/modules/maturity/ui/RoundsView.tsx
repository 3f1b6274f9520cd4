export default function RoundsView(_props: Record<string, unknown>) {
  return null;
}
