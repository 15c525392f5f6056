/**
 * Generators of bad requests for the fuzz suite (test/fuzz.test.ts). Nothing here names a route: field names and
 * the values of code lists are read from the valibot schemas in schema/api/, so a new schema's fields are fuzzed
 * as soon as it exists, and the routes come from the app itself.
 */
import fc from 'fast-check';

/** encodeURIComponent, except that a lone surrogate becomes the (invalid UTF-8) bytes it would have been. */
export function enc(text: string): string {
  const hex = (byte: number) => byte.toString(16).toUpperCase();
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= 0xd800 && code <= 0xdfff ? `%ED%${hex(0x80 | ((code >> 6) & 0x3f))}%${hex(0x80 | (code & 0x3f))}` : encodeURIComponent(ch);
  }
  return out;
}

/** Strings that have broken web apps before: SQL, HTML/JS, path tricks, format strings, odd Unicode. */
export const NASTY = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  '1; SELECT * FROM sessions',
  "x' UNION SELECT token_hash, user_id FROM sessions --",
  '%',
  '_',
  '\\',
  '"',
  'NEAR(a b)',
  'senior*',
  '"unterminated',
  'a OR b AND NOT c',
  '^',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..%2F..%2Fwrangler.toml',
  '%00',
  '\u0000',
  '%s%s%n',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '\u202e\u0644\u0627',
  '\ud800',
  '\udfff',
  '👩‍👩‍👧‍👦',
  'Ř'.repeat(1000),
  'NaN',
  'Infinity',
  '-1',
  '9007199254740993',
  '1e309',
  '0x10',
  '2027-02-30',
  '2027-13-01T25:61',
  '',
  ' ',
  'null',
  'true',
];

type Schemaish = { type?: string; entries?: Record<string, Schemaish>; item?: Schemaish; wrapped?: Schemaish; pipe?: Schemaish[]; options?: unknown[]; literal?: unknown };

/** Every field name and every code-list value the API's input schemas know, found by walking the schemas. */
export function schemaVocabulary(modules: Record<string, unknown>) {
  const fields = new Set<string>();
  const values = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (s: Schemaish | undefined, depth: number) => {
    if (!s || typeof s !== 'object' || seen.has(s) || depth > 8) return;
    seen.add(s);
    for (const [key, entry] of Object.entries(s.entries ?? {})) {
      fields.add(key);
      walk(entry, depth + 1);
    }
    if (s.type === 'picklist') for (const o of s.options ?? []) if (typeof o === 'string') values.add(o);
    if (s.type === 'literal' && typeof s.literal === 'string') values.add(s.literal);
    if (s.type === 'union' || s.type === 'variant') for (const o of s.options ?? []) walk(o as Schemaish, depth + 1);
    walk(s.item, depth + 1);
    walk(s.wrapped, depth + 1);
    for (const p of s.pipe ?? []) walk(p, depth + 1);
  };
  for (const mod of Object.values(modules)) for (const value of Object.values(mod as Record<string, unknown>)) walk(value as Schemaish, 0);
  return { fields: [...fields].sort(), values: [...values].sort() };
}

export type Vocabulary = ReturnType<typeof schemaVocabulary> & { ids: string[] };

/** A value of any JSON type, often of the wrong one, sometimes a real id or code so the check behind it runs. */
export function jsonValue(vocab: Vocabulary): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 2, arbitrary: fc.constantFrom(...vocab.values, ...vocab.ids) },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.integer({ min: -1, max: 3000 }), fc.double({ noNaN: true, noDefaultInfinity: true })) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => 'x'.repeat(n)) },
  );
  return fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 5 }), tie('object')),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...vocab.fields), fc.string({ maxLength: 10 })), tie('value'), { maxKeys: 8 }),
  })).value;
}

/** An object shaped like an input: the API's own field names with values of any type. */
export const jsonObject = (vocab: Vocabulary) =>
  fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...vocab.fields) }, fc.string({ maxLength: 12 })), jsonValue(vocab), { maxKeys: 12 });

const INVALID_UTF8 = [
  [0xff, 0xfe, 0xfd],
  [0xc3, 0x28],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0x28],
  [0xc0, 0xaf], // overlong "/"
  [0xed, 0xa0, 0x80], // an encoded surrogate
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

/** Bytes that are not UTF-8, spliced into JSON that would otherwise parse. */
const badUtf8Json = fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.constantFrom('name', 'title', 'email', 'q', 'body')).map(([bad, key]) => {
  const before = new TextEncoder().encode(`{"${key}":"`);
  const after = new TextEncoder().encode('"}');
  return new Uint8Array([...before, ...bad, ...after]);
});

export type Body = { contentType?: string; body?: BodyInit; text: string };

/** What goes in the body: nothing, broken JSON, JSON of the wrong shape, bytes that are not UTF-8, form data. */
export function body(vocab: Vocabulary): fc.Arbitrary<Body> {
  const json = (value: unknown, contentType = 'application/json'): Body => {
    const text = JSON.stringify(value) ?? 'null';
    return { contentType, body: text, text };
  };
  const raw = (text: string, contentType: string | undefined): Body => ({ contentType, body: text, text });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Body>({ text: '' }) },
    { weight: 6, arbitrary: jsonObject(vocab).map((o) => json(o)) },
    { weight: 2, arbitrary: jsonValue(vocab).map((v) => json(v)) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constantFrom('{', '{"a":', '[1,2', 'nul', '{"a":1}}', '\u0000', '{"__proto__":{"isAdmin":true}}', '{"a":1,"a":2}', '"'.repeat(10_000)), fc.string({ maxLength: 50 }))
        .map((t) => raw(t, 'application/json')),
    },
    { weight: 2, arbitrary: badUtf8Json.map((bytes): Body => ({ contentType: 'application/json', body: bytes, text: '' })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(jsonObject(vocab), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/xml', 'multipart/form-data'))
        .map(([o, type]) => json(o, type)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(jsonObject(vocab), fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.pdf', '../../x.exe', 'ř.docx', '', 'x'.repeat(500)))
        .map(([o, bytes, filename]): Body => {
          const form = new FormData();
          for (const [k, v] of Object.entries(o)) form.append(k.replace(/\\+$/, '') || 'x', typeof v === 'string' ? v : JSON.stringify(v) ?? '');
          form.append('file', new File([bytes], filename));
          return { body: form, text: JSON.stringify(o) };
        }),
    },
  );
}

/** A query string with the API's own parameter names and wrong values, raw percent escapes included. */
export function query(vocab: Vocabulary): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...vocab.fields, 'q', 'since', 'limit', 'offset', 'mode', 'year', 'format', 'territory') }, fc.string({ maxLength: 8 }));
  const value = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }).map(enc),
    fc.constantFrom(...NASTY.map(enc)),
    fc.constantFrom('%FF', '%E0%A4%A', '%C0%AF', '%', '%%', '%ZZ', '+', '-1', '99999999999999999999', '1.5', '0x1F', ''),
    fc.constantFrom(...vocab.values, ...vocab.ids),
    fc.integer({ min: 2_000, max: 20_000 }).map((n) => 'a'.repeat(n)),
  );
  return fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${enc(k)}=${v}`).join('&'));
}

/** A value for one path parameter: mostly a real one (so the handler runs), else something it must refuse. */
export function pathParam(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(real.length ? real : ['x'])).map(enc) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(enc) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY.filter((n) => n).map(enc)) },
    { weight: 1, arbitrary: fc.constantFrom('%FF', '%E0%A4%A', '%C0%AF', '%', '%2e%2e', '..', '-1', '0', '1e3', '9'.repeat(30), 'a'.repeat(5000)) },
  );
}
