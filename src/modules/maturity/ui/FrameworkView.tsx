export default function FrameworkView(_props: Record<string, unknown>) {
  return null;
}
