export * from './tables/accounts.ts';
export * from './tables/catalogue.ts';
export * from './tables/documents.ts';
export * from './tables/geography.ts';
export * from './tables/groups.ts';
export * from './tables/meetings.ts';
export * from './tables/plan.ts';
export * from './tables/registry.ts';
