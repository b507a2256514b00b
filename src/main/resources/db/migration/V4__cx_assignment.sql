-- Cx S-CSCF assignment state (TS 29.228 §6.3, §6.1.2). A Multimedia-Auth-Request stores the S-CSCF
-- that asked at once; while none of the IMPI's public identities is registered or unregistered the
-- assignment stays pending until Server-Assignment REGISTRATION confirms it, and an
-- AUTHENTICATION_FAILURE / AUTHENTICATION_TIMEOUT assignment clears it again.
ALTER TABLE ims_identities
  ADD COLUMN scscf_auth_pending boolean NOT NULL DEFAULT false;
