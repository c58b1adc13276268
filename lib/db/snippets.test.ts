// The snippet repository on both providers: ids, verbatim text, owner-only updates, forks, and
// concurrent saves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PROVIDERS, type TestDatabase } from './test-support/test-databases.ts';
import { createSnippet, findSnippet, forkSnippet, isSnippetOwner, updateSnippet } from './snippets.ts';
import { isWellFormedId, SNIPPET_ID_CHARS } from './ids.ts';
import { recentSnippets } from './recent.ts';

const HOSTILE_TITLE = `<script>alert("x")</script>'; DROP TABLE "Snippet"; --`;
const HOSTILE_CODE = `console.log("</textarea><img src=x onerror=alert(1)>"); // ' OR 1=1; -- \u{1F600} é\n\ttab`;

describe.each(TEST_PROVIDERS)('snippet repository on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(provider);
  }, 60_000);
  afterAll(async () => t?.drop());

  it('creates a snippet with an unguessable id and returns the secret once', async () => {
    const { snippet, ownerSecret } = await createSnippet(t.db, { title: 'hello', code: 'await sleep(1)' });
    expect(isWellFormedId(snippet.id, SNIPPET_ID_CHARS)).toBe(true);
    expect(ownerSecret.length).toBeGreaterThanOrEqual(43);
    expect(snippet).not.toHaveProperty('ownerSecretHash');
    expect(await findSnippet(t.db, snippet.id)).toEqual(snippet);
  });

  it('stores HTML and SQL in titles and code verbatim', async () => {
    const { snippet } = await createSnippet(t.db, { title: HOSTILE_TITLE, code: HOSTILE_CODE });
    const found = await findSnippet(t.db, snippet.id);
    expect(found?.title).toBe(HOSTILE_TITLE);
    expect(found?.code).toBe(HOSTILE_CODE);
  });

  it('returns null for an unknown id', async () => {
    expect(await findSnippet(t.db, 'nosuchid00')).toBeNull();
  });

  it('lets only the owner update', async () => {
    const { snippet, ownerSecret } = await createSnippet(t.db, { title: 'mine', code: 'a' });
    expect(await updateSnippet(t.db, snippet.id, ['wrong-secret'], { code: 'b' })).toEqual({ kind: 'forbidden' });
    expect(await updateSnippet(t.db, snippet.id, [], { code: 'b' })).toEqual({ kind: 'forbidden' });
    const outcome = await updateSnippet(t.db, snippet.id, ['wrong', ownerSecret], { code: 'c', title: 'renamed' });
    expect(outcome).toMatchObject({ kind: 'updated', snippet: { id: snippet.id, code: 'c', title: 'renamed' } });
    if (outcome.kind === 'updated') expect(outcome.snippet.updatedAt.getTime()).toBeGreaterThanOrEqual(snippet.updatedAt.getTime());
    expect(await updateSnippet(t.db, 'nosuchid00', [ownerSecret], { code: 'd' })).toEqual({ kind: 'not-found' });
    expect(await isSnippetOwner(t.db, snippet.id, [ownerSecret])).toBe(true);
    expect(await isSnippetOwner(t.db, snippet.id, ['nope'])).toBe(false);
  });

  it('forks into a new snippet that records its origin and has its own owner', async () => {
    const original = await createSnippet(t.db, { title: 'orig', code: 'x()' });
    const fork = await forkSnippet(t.db, original.snippet.id);
    expect(fork?.snippet).toMatchObject({ title: 'orig', code: 'x()', forkedFromId: original.snippet.id });
    expect(fork?.snippet.id).not.toBe(original.snippet.id);
    expect(fork?.ownerSecret).not.toBe(original.ownerSecret);
    expect(await updateSnippet(t.db, fork!.snippet.id, [original.ownerSecret], { code: 'y' })).toEqual({ kind: 'forbidden' });
    expect(await forkSnippet(t.db, 'nosuchid00')).toBeNull();
  });

  it('saves concurrently without losing any', async () => {
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => createSnippet(t.db, { title: `c${i}`, code: `${i}` })));
    const found = await Promise.all(created.map(({ snippet }) => findSnippet(t.db, snippet.id)));
    expect(found.map((s) => s?.title)).toEqual(created.map((_, i) => `c${i}`));
  });

  it('lists the author\'s own snippets from verified credentials only', async () => {
    const a = await createSnippet(t.db, { title: 'first', code: '1' });
    const b = await createSnippet(t.db, { title: 'second', code: '2' });
    const other = await createSnippet(t.db, { title: 'not mine', code: '3' });
    await updateSnippet(t.db, a.snippet.id, [a.ownerSecret], { title: 'first, edited' });
    const list = await recentSnippets(t.db, [
      { id: a.snippet.id, secret: a.ownerSecret },
      { id: b.snippet.id, secret: b.ownerSecret },
      { id: other.snippet.id, secret: 'forged' },
    ]);
    expect(list.map((s) => s.title)).toEqual(['first, edited', 'second']);
  });
});
