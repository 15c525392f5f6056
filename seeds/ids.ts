import { createHash } from 'node:crypto';

/**
 * A UUID derived from a stable key such as "territory:tabor", so the same seed always yields the same ids and
 * loading it twice is a no-op (`INSERT OR IGNORE`). The version nibble says 7 and the variant bits are RFC 9562's,
 * so the ids pass any UUIDv7 shape check the API does; unlike a real v7 they carry no timestamp and do not sort by
 * creation time, which the seed does not need.
 */
export function demoId(key: string): string {
  const hex = createHash('sha256').update(key, 'utf8').digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [hex.slice(0, 8), hex.slice(8, 12), `7${hex.slice(13, 16)}`, `${variant}${hex.slice(17, 20)}`, hex.slice(20, 32)].join('-');
}

/** created_at / updated_at of every seeded row: fixed, so the generated SQL is byte-identical between runs. */
export const SEED_TIME = Date.UTC(2026, 0, 15, 8, 0, 0);
