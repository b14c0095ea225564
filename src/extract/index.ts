// The claim families, in the order their rows appear in the matrix.
import type { ClaimType } from '../types.js';
import type { ClaimKind, Extractor } from './kind.js';
import { durationExtractor } from './duration.js';
import { dateExtractor } from './date.js';
import { venueExtractor, nextMeetingExtractor } from './venue.js';
import { participantsExtractor } from './participants.js';
import { outcomeExtractor } from './outcome.js';
import { pressExtractor } from './press.js';
import { historyExtractor } from './history.js';
import { topicsExtractor } from './topics.js';
import { quoteExtractor } from './quote.js';

export const extractors: readonly Extractor[] = [durationExtractor, dateExtractor, venueExtractor, participantsExtractor, outcomeExtractor, pressExtractor, nextMeetingExtractor, historyExtractor, topicsExtractor, quoteExtractor];

export const kinds: ReadonlyMap<ClaimType, ClaimKind> = new Map(extractors.flatMap((e) => e.kinds.map((k) => [k.type, k] as const)));

/** Row order: the catalog's order, as the families list their kinds. */
export const typeOrder: readonly ClaimType[] = [...kinds.keys()];
