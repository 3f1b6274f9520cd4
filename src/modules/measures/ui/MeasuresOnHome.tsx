export default function MeasuresOnHome() {
  return null;
}
