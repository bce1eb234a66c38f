// How the ratings service declares a command it answers: the handler gets the service's database.
import { commandHandlers } from '@yji/messaging';
import type { RatingsDb } from '../db.ts';

export const ratingsCommand = commandHandlers<RatingsDb>();
