// The first check of every lifecycle move (review states, safeguarding alerts): whether the move can be made
// from the state the thing is in, before whoever makes it is asked about.
import { refuse } from './refusal.ts';
import type { Refusal } from './refusal.ts';

/** The states each move can be made from. */
export type MovesFrom<Move extends string, State extends string> = Readonly<Record<Move, readonly State[]>>;

/** The refusal of `move` while `what` is in `state`, unless `movesFrom` allows it; null when it does. */
export function illegalMove<Move extends string, State extends string>(
  movesFrom: MovesFrom<Move, State>,
  move: Move,
  state: State,
  what: string,
): Refusal<'illegal-move'> | null {
  return movesFrom[move].includes(state)
    ? null
    : refuse('illegal-move', `${move} is not possible while the ${what} is ${state}`);
}
