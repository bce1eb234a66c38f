// A service's message as a page says it. The services write theirs as APIs and logs do, in lower case ("the
// case is submitted; it cannot be excluded"); on a page an error message is a sentence. A message that
// begins with a name or a code ("inspector-1 is on the team", "d2-v6.5 …", "params.id: …") keeps its
// spelling: those are written as they are.
const PLAIN_FIRST_WORD = /^[a-z]+(?=[\s,;:]|$)/;

export const asSentence = (message: string) =>
  PLAIN_FIRST_WORD.test(message) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
