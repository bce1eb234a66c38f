// The development identity provider's pages: choose a seeded user to sign in as, and confirm signing out.
// Plain, accessible HTML (a language, a title, a heading, labelled buttons); no script, no outside assets.
import type { KoaContextWithOIDC } from 'oidc-provider';
import { SEED_USERS } from './seed-users.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(title)} – yji development sign-in</title>
</head>
<body style="font-family: arial, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<main>
${body}
</main>
</body>
</html>`;
}

/** The seeded users, one button each; the form posts to the interaction that asked. */
export function signInPage(uid: string): string {
  const users = Object.entries(SEED_USERS)
    .map(
      ([userId, { name, roles }]) =>
        `<li style="margin-bottom: .5rem"><button type="submit" name="user" value="${escape(userId)}">` +
        `Sign in as ${escape(userId)}</button> <span>${escape(name)} (${escape(roles.join(', '))})</span></li>`,
    )
    .join('\n');
  return page(
    'Sign in',
    `<h1>Sign in to yji (development)</h1>
<p>This identity provider is for development only. Choose who to sign in as.</p>
<form method="post" action="/interaction/${escape(uid)}/login">
<ul style="list-style: none; padding: 0">
${users}
</ul>
</form>`,
  );
}

/** oidc-provider's logoutSource: its own form (with its token) and the buttons that submit it. */
export async function signOutPage(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  ctx.type = 'html';
  ctx.body = page(
    'Sign out',
    `<h1>Sign out of yji (development)</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button>`,
  );
}
