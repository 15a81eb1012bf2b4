/**
 * One article's metadata in `data/sources/index.json`; its text is `data/sources/<file>`. The
 * title must open the article and every cited agency must occur in it, verbatim.
 */
import * as v from 'valibot';
import { at, crossRule, crossCheck, isoDay, list, record, rule, text } from './dialect.ts';
import { show } from './messages.ts';

const day = v.nullable(isoDay('YYYY-MM-DD (a real calendar date) or null'));

const orderProblem = ({ notBefore, notAfter }: { notBefore: string | null; notAfter: string | null }) =>
  notBefore !== null && notAfter !== null && notAfter < notBefore
    ? `expected a date on or after notBefore ${notBefore}, got ${show(notAfter)}`
    : undefined;

/**
 * The article texts by file name. `null`: the file is in the build but its text is not at hand, so
 * its title, agencies and quotes are not checked against it (the build checks them with the texts).
 */
export type ArticleTexts = Readonly<Record<string, string | null>>;

/** The schema of one source record, given the article texts by file name (title and agencies are checked against those at hand). */
export function sourceRecordSchema(texts: ArticleTexts) {
  const files = Object.keys(texts);
  const textOf = (file: string): string | null => texts[file] ?? null;
  const titleProblem = ({ file, title }: { file: string; title: string }) => {
    const text = textOf(file);
    return text === null || text.startsWith(title)
      ? undefined
      : `expected the start of the article's first line, verbatim, got ${show(title)}`;
  };
  return v.pipe(
    record({
      id: text,
      file: v.pipe(
        text,
        rule((name: string) =>
          files.includes(name) ? undefined : `expected a file in data/sources/ (${files.join(', ')}), got ${show(name)}`,
        ),
      ),
      /** The article's first line, verbatim. */
      title: text,
      /** Only when the text itself names the outlet; otherwise null. Never guessed. */
      outlet: v.nullable(text),
      /** Publication date only as far as the text allows. */
      published: v.pipe(
        record({ notBefore: day, notAfter: day, note: text }),
        crossRule([['notBefore'], ['notAfter']], ['notAfter'], (x) => orderProblem(x)),
      ),
      /** Agencies or offices the article cites (e.g. "Interfax"), verbatim from the text. */
      cites: list(text),
    }),
    crossRule([['file'], ['title']], ['title'], (x) => titleProblem(x)),
    crossCheck([['file'], ['cites']], ({ file, cites }) => {
      const text = textOf(file);
      return cites.flatMap((c, i) =>
        text === null || text.includes(c) ? [] : [at(['cites', i], `expected a name that occurs verbatim in the article, got ${show(c)}`)],
      );
    }),
  );
}
export type SourceRecord = v.InferOutput<ReturnType<typeof sourceRecordSchema>>;
/**
 * A source record with its article's text. The text of a bundled article is absent until
 * `loadSourceTexts` has fetched it (the default view starts without them); an imported record's is always there.
 */
export type SourceDoc = SourceRecord & { text?: string };
