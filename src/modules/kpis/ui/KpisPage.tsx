export default function KpisPage() { return null; }
