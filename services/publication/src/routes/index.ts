// Every HTTP route of the publication service, a file each.
import type { App } from '@yji/service-kit';
import type { PublicationDb } from '../db.ts';
import { registerListVersions } from './list-versions.ts';
import { registerReadDraft } from './read-draft.ts';
import { registerSaveDraft } from './save-draft.ts';

export interface PublicationRoutesDeps {
  db: PublicationDb;
}

export function registerPublicationRoutes(app: App, { db }: PublicationRoutesDeps) {
  registerReadDraft(app, db);
  registerSaveDraft(app, db);
  registerListVersions(app, db);
}
