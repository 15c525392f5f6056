import type { InferResponseType } from 'hono/client';
import type { api } from '../lib/api.ts';

export type Project = InferResponseType<(typeof api.api.projects)[':id']['$get'], 200>['project'];
export type Activity = Project['activities'][number];
export type ActivityKind = Activity['kind'];
export type ActivityStatus = Activity['status'];
