// The same deterministic thread for every system: the portal's generator of large threads (the
// one its performance story uses), read from the workspace source since it is not public API.
import type { PortalComment } from '@samskap/portal';
import { manyComments } from '../../portal/src/comments/fixtures.ts';

// A fixed "now", so the relative times are the same in every run.
export const NOW = Date.parse('2026-11-01T12:00:00Z');
const all = manyComments(1000, NOW);

/** The first `count` comments of the thread (replies only to comments among them). */
export const threadOf = (count: number): PortalComment[] => all.slice(0, count);
