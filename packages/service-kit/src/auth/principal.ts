// Who is making a request, as the verified token says: the user id from `sub` and the yji roles from the
// `roles` claim. Roles yji does not know are dropped rather than refused, so a provider that also issues
// roles for other systems can be used as it is.
import { Role, UserId } from '@yji/contracts';
import type { JWTPayload } from 'jose';

export interface Principal {
  userId: string;
  roles: Role[];
}

/** Null when `sub` is not a user id yji accepts. */
export function principalFromClaims(claims: JWTPayload): Principal | null {
  const userId = UserId.safeParse(claims.sub);
  if (!userId.success) return null;
  const claimed: unknown[] = Array.isArray(claims.roles) ? claims.roles : [];
  const roles = Role.options.filter((role) => claimed.includes(role));
  return { userId: userId.data, roles };
}
