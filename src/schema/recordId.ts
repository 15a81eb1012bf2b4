/**
 * The one id rule. Event ids travel in URLs (`sel=`), host messages, CSS-free selectors and
 * exported files, so every record id — in the bundled data files, app JSON, GeoJSON and ACLED CSV
 * imports — keeps to one alphabet that needs no escaping anywhere: 1–128 characters of
 * `A–Z a–z 0–9 . _ : -`, starting with a letter or digit.
 */
import * as v from 'valibot';
import { expects } from './dialect.ts';

/** Longest id accepted (the URL's `sel=` and the host API's `select` accept the same). */
export const MAX_ID_LENGTH = 128;

/** The id alphabet: what `sel=`, the host API's `select` and every importer accept. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The rule in words, for messages. */
export const ID_RULE = `an id of letters, digits and . _ : - (1–${MAX_ID_LENGTH} characters, starting with a letter or digit)`;

/** True when `s` is a usable id. */
export const isRecordId = (s: unknown): s is string => typeof s === 'string' && ID_PATTERN.test(s);

/** An id (`expected an id of 1–128 letters, …, got "<img>"`). */
export const recordId = v.pipe(
  v.string(expects(ID_RULE)),
  v.check((s: string) => ID_PATTERN.test(s), expects(ID_RULE)),
);
