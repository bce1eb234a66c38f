// The OpenAPI document says every operation needs a bearer JWT, so /docs offers an "Authorize" button.
export const bearerSecurity = {
  components: {
    securitySchemes: { bearer: { type: 'http' as const, scheme: 'bearer', bearerFormat: 'JWT' } },
  },
  security: [{ bearer: [] }],
};
