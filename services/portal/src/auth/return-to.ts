// Where sign-in sends the browser back to: a path on this portal only, never another site (an open redirect).
// The browser's own reading of the address decides, not a pattern: it drops tabs and newlines and reads `\`
// as `/`, so `/\t/evil.example` and `/\evil.example` are `//evil.example`, another host. The value is read as
// the WHATWG URL parser reads it, against a made-up origin, and kept only when that origin is still this
// one; what is kept is the path as parsed, with none of those characters left in it. A parsed path that
// itself begins `//` (the parser makes one of `/.//evil.example` by removing the dot segment) would be read
// as another host once sent back in Location, so it is refused too.
import { z } from 'zod';

const THIS_PORTAL = 'http://portal.invalid';

/** The path, query and fragment `value` names on this portal; "/" for anything else. */
export const ReturnTo = z
  .string()
  .max(500)
  .startsWith('/')
  .transform((value, context) => {
    const url = URL.parse(value, THIS_PORTAL);
    if (url?.origin === THIS_PORTAL && !url.pathname.startsWith('//'))
      return `${url.pathname}${url.search}${url.hash}`;
    context.addIssue({ code: 'custom', message: 'not a path on this portal' });
    return z.NEVER;
  })
  .catch('/');
