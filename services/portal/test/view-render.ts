// The portal's views rendered without a server, with the filters the web app gives them: for tests of what a
// page says for data a running system is slow to reach (a purged flag, a kept one, a pack in every state).
import nunjucks from 'nunjucks';
import type { Known } from '../src/people/directory.ts';
import { frontendFiles } from '../src/web/frontend-files.ts';
import { configureNunjucks } from '../src/web/nunjucks-filters.ts';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(frontendFiles.templates), {
  autoescape: true,
});
configureNunjucks(env);

/** The view at `path` (under the portal's views) rendered with `context`. */
export const renderView = (path: string, context: object): string => env.render(path, context);

/** A people directory knowing `names` by user id; anyone else goes by their user id. */
export const peopleNamed = (names: Readonly<Record<string, string>>): Known => ({
  nameOf: (userId) => names[userId] ?? userId,
  addressOf: (userId) => userId,
});
