export default function MaturityPage() {
  return null;
}
