import { uuidv7 } from 'uuidv7';

/**
 * A new id made on this device: rows created offline keep it on the server, and each change's id is the key that
 * makes its push idempotent. Version 7 ids sort by time, so the outbox's order is the order things were done.
 */
export const newId = (): string => uuidv7();
