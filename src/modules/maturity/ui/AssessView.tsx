export default function AssessView(_props: Record<string, unknown>) {
  return null;
}
