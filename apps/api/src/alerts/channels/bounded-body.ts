/** How much of an error answer is kept for the delivery's last error. */
export const ERROR_BODY_LIMIT_BYTES = 2048;

/**
 * Reads at most `limitBytes` of a response body and cancels the rest, so a huge or
 * endless answer costs no more than the limit. Whitespace is collapsed to keep the
 * excerpt on one line.
 */
export async function readBoundedText(
  body: ReadableStream<Uint8Array> | null,
  limitBytes = ERROR_BODY_LIMIT_BYTES,
): Promise<string> {
  if (body === null) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limitBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined); // the answer is already what we keep
  }
  const bytes = Buffer.concat(chunks).subarray(0, limitBytes);
  return new TextDecoder().decode(bytes).replace(/\s+/g, ' ').trim();
}
