import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>This page does not exist, or is not available yet.</p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </div>
  );
}
