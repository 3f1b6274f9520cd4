export default function DeadlinesOnHome() { return null; }
