export { startDevIdp, type DevIdp, type DevIdpOptions } from './dev-idp.ts';
export { signDevToken, type DevTokenRequest } from './sign-dev-token.ts';
export type { SignOptions } from './sign-token.ts';
export { SEED_USERS } from './seed-users.ts';
export { rememberSeededPeople } from './remember-seeded-people.ts';
export { DEV_AUDIENCE, DEV_IDP_PORT, DEV_ISSUER, DEV_PORTAL_CLIENT } from './defaults.ts';
