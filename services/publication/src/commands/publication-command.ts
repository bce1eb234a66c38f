// How the publication service declares a command it answers: the handler gets the service's database.
import { commandHandlers } from '@yji/messaging';
import type { PublicationDb } from '../db.ts';

export const publicationCommand = commandHandlers<PublicationDb>();
