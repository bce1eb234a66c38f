// An event is a fact one service publishes to JetStream: yji.<service>.<entity>.<event>.
import type { z } from 'zod';

export interface EventDefinition<P extends z.ZodType> {
  subject: string;
  payload: P;
}

export function defineEvent<P extends z.ZodType>(definition: EventDefinition<P>): EventDefinition<P> {
  if (
    !/^yji\.[a-z]+\.[a-z-]+\.[a-z-]+$/.test(definition.subject) ||
    definition.subject.split('.')[2] === 'cmd'
  ) {
    throw new Error(`event subject ${definition.subject} is not yji.<service>.<entity>.<event>`);
  }
  return definition;
}
