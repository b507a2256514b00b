-- One key-check value per key-encryption key id: a known plaintext sealed under that key
-- (format 0 || key id || IV || ciphertext || tag), written the first time the id is used. At every start
-- the HSS opens each configured id's value, so a key changed under an existing id is refused by name
-- (readiness fails) instead of failing every authentication of the subscribers sealed under it.
CREATE TABLE key_checks (
  key_id      integer PRIMARY KEY CHECK (key_id BETWEEN 1 AND 255),
  sealed      bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
