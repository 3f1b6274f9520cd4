export default function MeasuresPage() {
  return null;
}
