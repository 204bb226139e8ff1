/** Unprivileged ports the demo world listens on, so it needs no root. */
export const DEMO_DNS_PORT = 10053;
export const DEMO_SMTP_PORT = 10025;
