// How the publication service declares a command it answers: the handler gets the service's database.
import { commandHandlers } from '@yji/messaging';
import { systemActor } from '@yji/service-kit';
import type { PublicationDb } from '../db.ts';

export const publicationCommand = commandHandlers<PublicationDb>();

/** Commands come from the publication workflow, which carries the person as the command's actor. */
export const WORKFLOW_ACTOR = systemActor('publication-workflow');
