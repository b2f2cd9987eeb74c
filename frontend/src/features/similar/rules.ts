/**
 * When the filing form suggests similar open tickets (SPEC §8), and what it offers with them.
 */
import { useEffect, useState } from 'react';
import type { Role, SimilarTicketsInput } from '../../gql/graphql';

/** Wait this long after the last keystroke before asking. */
export const SUGGEST_DELAY_MS = 400;
/** At most this many suggestions are shown. */
export const MAX_SUGGESTIONS = 5;
/** A title needs this many characters (after trimming) before anything is suggested. */
export const MIN_TITLE_CHARS = 2;

export interface DraftValues {
  categoryId?: string | null;
  title?: string | null;
  description?: string | null;
  address?: string | null;
  district?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/**
 * The question to ask the server about a draft, or null while there is nothing worth asking:
 * a topic must be chosen and the title must have at least two characters.
 */
export function similarInput(v: DraftValues): SimilarTicketsInput | null {
  const title = (v.title ?? '').trim();
  if (!v.categoryId || [...title].length < MIN_TITLE_CHARS) return null;
  const input: SimilarTicketsInput = {
    categoryId: v.categoryId,
    title,
    description: (v.description ?? '').trim(),
    address: (v.address ?? '').trim(),
    district: (v.district ?? '').trim(),
  };
  if (typeof v.latitude === 'number' && typeof v.longitude === 'number') {
    input.latitude = v.latitude;
    input.longitude = v.longitude;
  }
  return input;
}

/**
 * What a viewer may do with a suggestion: a signed-in resident may follow it; an anonymous
 * visitor is told to sign in first; others (an agent taking a call) only read it.
 */
export type FollowOption = 'follow' | 'signIn' | 'none';

export function followOption(role: Role | null): FollowOption {
  if (role === null) return 'signIn';
  return role === 'RESIDENT' ? 'follow' : 'none';
}

/** Distance in words-ready form: whole metres under a kilometre, else kilometres with one decimal. */
export function distanceParts(metres: number | null | undefined): { key: 'm' | 'km'; value: string } | null {
  if (metres === null || metres === undefined || !Number.isFinite(metres)) return null;
  if (metres < 1000) return { key: 'm', value: String(Math.max(0, Math.round(metres))) };
  return { key: 'km', value: (Math.round(metres / 100) / 10).toFixed(1) };
}

/** `value`, once it has stayed the same for `ms`. Values compare by their JSON. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return settled;
}
