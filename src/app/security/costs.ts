// How costly guessing a secret is: PBKDF2-SHA256 iterations for the passphrase and for the PIN.

/** Passphrase: the OWASP 2023 recommendation for PBKDF2-HMAC-SHA256 (deliberately slow: ~0.3 s on a laptop). */
export const PASSPHRASE_ITERATIONS = 600_000;

/** PIN: its wrapped key lives in memory only and 5 wrong PINs discard it, so unlocking may be quicker. */
export const PIN_ITERATIONS = 100_000;
