// One example of the playground's gallery, and how its lesson file reads: `examples/NN-id.md` holds
// a small front matter (`title:`, optionally `fixedBy:`) and the lesson text beside `NN-id.ts`.
import { z } from 'zod';

export interface Example {
  id: string;
  title: string;
  /** One or two sentences on what this example's timeline teaches. */
  lesson: string;
  code: string;
  /** For a race: the id of its fixed version, which Explore finds exactly one outcome for. */
  fixedBy?: string;
}

/** A lesson file's front matter: `key: value` lines between two `---` lines. */
const FrontMatterSchema = z.object({
  title: z.string().min(1),
  fixedBy: z.string().regex(/^[a-z0-9-]+$/).optional(),
}).strict();

const LESSON_FILE = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** Reads a lesson file; throws naming the file when its shape is wrong (a repository bug). */
export function parseLesson(file: string, text: string): { title: string; fixedBy?: string; lesson: string } {
  const match = LESSON_FILE.exec(text.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${file}: expected front matter between two "---" lines, then the lesson`);
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`${file}: front matter line "${line}" is not "key: value"`);
    fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const parsed = FrontMatterSchema.safeParse(fields);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`).join('; ')}`);
  const lesson = match[2]!.trim();
  if (!lesson) throw new Error(`${file}: the lesson text is empty`);
  return { ...parsed.data, lesson };
}
