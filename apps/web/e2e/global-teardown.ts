export default async function globalTeardown(): Promise<void> {
  await globalThis.__vigilBrowserStack?.stop();
  globalThis.__vigilBrowserStack = undefined;
}
