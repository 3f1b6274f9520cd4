export default function PrinciplesView(_props: Record<string, unknown>) {
  return null;
}
