-- Application state kept by S6a (serving MME, purge) and Cx (IMS identities, S-CSCF, registration).

-- Serving node of the subscriber, written by Update-Location and Purge-UE (TS 29.272 §5.2.1, §5.2.3).
ALTER TABLE subscribers
  ADD COLUMN serving_mme_host    text,
  ADD COLUMN serving_mme_realm   text,
  ADD COLUMN serving_mme_since   timestamptz,
  ADD COLUMN purged_by_mme       boolean NOT NULL DEFAULT false;

-- One IMS private identity per subscriber, its S-CSCF and IMS subscription (TS 29.228 §6.1, §6.5).
CREATE TABLE ims_identities (
  imsi                    text PRIMARY KEY REFERENCES subscribers (imsi) ON DELETE CASCADE,
  impi                    text NOT NULL UNIQUE,
  scscf_name              text,
  service_profile         text
);

-- IMS public identities with their registration state (TS 29.228 §6.1.2 Server-Assignment).
CREATE TABLE ims_public_identities (
  impu                    text PRIMARY KEY,
  imsi                    text NOT NULL REFERENCES ims_identities (imsi) ON DELETE CASCADE,
  registration_state      text NOT NULL DEFAULT 'not_registered'
                          CHECK (registration_state IN ('not_registered', 'registered', 'unregistered')),
  barred                  boolean NOT NULL DEFAULT false
);

CREATE INDEX ims_public_identities_imsi ON ims_public_identities (imsi);
