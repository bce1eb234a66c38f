// The pseudonymous case reference, defined once: the long list's case_id column and every later use of it
// (commands, workflow inputs, the addresses /cases/:caseRef) take the same references, so a list that loads
// never holds a case the rest of the system refuses.
// Decision: a short code without spaces keeps names out of it (docs/domain.md §7); it starts with a letter or
// digit and holds no "/", so it is one address segment and never a dot segment ("." or "..").
export const CASE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** What a reference that does not fit is told; it never repeats the value. */
export const CASE_REFERENCE_RULE = '1–64 letters, digits, ".", "_" or "-", starting with a letter or digit';
