// examples/ as the loader reads it: every program has its lesson file and the reverse, the menu keeps
// the tutorial's three first, and a malformed lesson file is refused with its name.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE_ID, examplesDir, example, examplePath, loadExamples } from './catalog.ts';
import { parseLesson } from './example.ts';

describe('examples/', () => {
  it('pairs every NN-id.ts with its NN-id.md and holds nothing else', () => {
    const files = readdirSync(examplesDir()).sort();
    const programs = files.filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    const lessons = files.filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    expect(lessons).toEqual(programs);
    expect(files.length).toBe(programs.length * 2);
    for (const name of programs) expect(name).toMatch(/^\d\d-[a-z0-9-]+$/);
  });

  it('loads the menu in file order, the tutorial first, with titles and lessons', () => {
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(18);
    expect(examples.slice(0, 3).map((e) => e.id)).toEqual(['sequential', 'create-task', 'other-tasks']);
    for (const e of examples) {
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.lesson.length).toBeGreaterThan(20);
      expect(e.code).toMatch(/\n$/);
    }
    expect(example(DEFAULT_EXAMPLE_ID).title).toBe('Progress messages while waiting (3 s)');
  });

  it('names the file of an example, and refuses an id it does not have', () => {
    expect(examplePath('gather')).toMatch(/examples\/04-gather\.ts$/);
    expect(() => example('nope')).toThrow(/no example "nope"/);
    expect(() => examplePath('../etc/passwd')).toThrow(/no example/);
  });
});

describe('a lesson file', () => {
  it('reads title, fixedBy and the lesson', () => {
    expect(parseLesson('x.md', '---\ntitle: Race: a: b\nfixedBy: x-fixed\n---\nWhy.\n'))
      .toEqual({ title: 'Race: a: b', fixedBy: 'x-fixed', lesson: 'Why.' });
  });

  it.each([
    ['no front matter', 'Just text\n', /front matter between two "---"/],
    ['a line that is not key: value', '---\ntitle\n---\nWhy.\n', /"title" is not "key: value"/],
    ['an unknown key (a typo)', '---\ntitle: T\nfixedby: y\n---\nWhy.\n', /x\.md: .*fixedby/],
    ['no title', '---\nfixedBy: y\n---\nWhy.\n', /x\.md: title/],
    ['an empty lesson', '---\ntitle: T\n---\n\n', /lesson text is empty/],
  ])('refuses %s, naming the file', (_name, text, message) => {
    expect(() => parseLesson('x.md', text)).toThrow(message);
  });
});
