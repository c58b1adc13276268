// sha256 of code, hex, as the server stores it in Run.codeHash: lets the client tell whether the
// latest stored run is already of this code. Null where SubtleCrypto is missing (plain http).
export async function codeHash(code: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
