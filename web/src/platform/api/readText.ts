/** The body's text, or its first `maxBytes` only (the stream is then cancelled): `complete` says which. */
export async function readText(response: Response, maxBytes = Number.POSITIVE_INFINITY): Promise<{ text: string; complete: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: await response.text(), complete: true };
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), complete: true };
    read += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (read >= maxBytes) {
      void reader.cancel();
      return { text, complete: false };
    }
  }
}
