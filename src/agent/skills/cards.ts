// The card in use on the team screens: made here (128 random bits from the platform's CSPRNG) or
// read from the resident's card (scan or typed code). Kept for the agent who chose it until the
// team space locks (a reload keeps it, as it keeps the screen); another agent, a lock or a closed
// tab starts without a card. Only the pseudonymous id is kept, never anything about the person.
import { effect, signal } from '@preact/signals';
import { passIdFromBytes } from '../../shared/pass';
import { session } from '../session';

export interface CurrentCard {
  passId: string;
  agentId: string;
  /** True when it was made on this tablet (the card screen offers to print it). */
  fresh: boolean;
}

const KEY = 'borne.team.card';

function stored(): CurrentCard | undefined {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? (JSON.parse(text) as CurrentCard) : undefined;
  } catch {
    return undefined; // no sessionStorage (tests, blocked storage): memory only
  }
}

const current = signal<CurrentCard | undefined>(stored());

function keep(card: CurrentCard | undefined): void {
  current.value = card;
  try {
    if (card) sessionStorage.setItem(KEY, JSON.stringify(card));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Memory only: the card is forgotten at the next reload.
  }
}

// A lock (the session closing after it was open) forgets the card.
let wasOpen = false;
effect(() => {
  const open = session.value !== undefined;
  if (wasOpen && !open) keep(undefined);
  wasOpen = open;
});

/** A new card: 16 bytes from the platform's cryptographic random source. */
export function newPassId(): string {
  return passIdFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** The card in use for `agentId`, if that agent chose one. */
export function currentCard(agentId: string): CurrentCard | undefined {
  const card = current.value;
  return card && card.agentId === agentId ? card : undefined;
}

export function chooseCard(passId: string, agentId: string, fresh = false): void {
  keep({ passId, agentId, fresh });
}

export function forgetCard(): void {
  keep(undefined);
}
