// A PostgreSQL DATE column reaches Prisma as a Date at midnight UTC; the rest of yji speaks ISO calendar
// dates (YYYY-MM-DD). These two are the only crossing between the two.
export const toDateColumn = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

export const fromDateColumn = (date: Date): string => date.toISOString().slice(0, 10);
