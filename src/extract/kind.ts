// The one interface every claim family implements. A family module exports an Extractor:
// the claim kinds it produces (how their values compare and read) and the function that
// finds them in a segmented report. Adding a claim type touches one such module.
import type { Claim, ClaimType, Evidence, Relation, Verdict } from '../types.js';
import type { Doc } from '../segment/index.js';

export interface ClaimKind<V = any> {
  type: ClaimType;
  label: string;
  /** How value a stands to value b: same, narrower (more specific), wider, or conflict. */
  relate(a: V, b: V): Relation;
  /**
   * For families whose values tell about each other (a place one source puts in a region is in
   * it for every source): the relation for a row's values, given all of them.
   */
  relateAmong?(values: V[]): (a: V, b: V) => Relation;
  /** Short human form: "3 h", "Anchorage", "no". */
  display(v: V): string;
  /** Values with the same identity are the same value (used to compare distinct values only once). */
  identity(v: V): string;
  /** Why two values conflict, for the row's reason ("the two lengths cannot both be right"). */
  conflict?: string;
  /**
   * Families whose claims are not one row per type (quotes: one row per remark) split the
   * evidence of their type into rows here, each with its own key.
   */
  rows?(evidence: Evidence<V>[]): { key: string; evidence: Evidence<V>[] }[];
  /** Families with their own verdict rules (quotes) judge a row themselves. */
  judge?(evidence: Evidence<V>[]): { verdict: Verdict; reason: string } | undefined;
}

export interface Extractor {
  /** the claim family, e.g. "duration" */
  family: string;
  kinds: ClaimKind[];
  extract(doc: Doc): Claim[];
}
