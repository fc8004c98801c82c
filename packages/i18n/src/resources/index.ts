import type { SamskapLocale } from '../locales.js';
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import type { SamskapResources } from './types.js';

/** The `samskap` namespace's resources, by locale. */
export const resources: Record<SamskapLocale, SamskapResources> = { nb, nn, en };
