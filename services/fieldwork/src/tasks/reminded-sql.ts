// Whether the reminder for task `t`'s current due date has come: the case workflow's reminder timer fired and
// record-deadline-event.ts kept its notice, keyed by the due date, so a task given a new date is not reminded
// until that date's timer fires. One lookup on the notice's primary key.

/** A boolean SQL expression over the task `t`. */
export const REMINDED = `EXISTS (SELECT 1 FROM "DeadlineNotice" n
    WHERE n."taskId" = t.id AND n.kind = 'reminder' AND n."dueAt" = t."dueAt")`;
