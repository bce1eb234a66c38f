import type { TaskState } from '@yji/contracts';

/** States in which the assessor may still change the answers (and the task may be assigned or submitted). */
export const OPEN_STATES: readonly TaskState[] = ['assigned', 'in-progress'];

/** States in which the assessor may save draft answers: open, or revising after a return or a correction. */
export const EDITABLE_STATES: readonly TaskState[] = [...OPEN_STATES, 'revising'];

/** A submitted or withdrawn task is locked: its answers stay as they were. */
export const LOCKED_STATES: readonly TaskState[] = ['submitted', 'withdrawn'];

export const isLocked = (state: string) => (LOCKED_STATES as readonly string[]).includes(state);
