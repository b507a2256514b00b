-- SWx (TS 29.273 §8): whether the subscriber may use non-3GPP access (Non-3GPP-IP-Access, §8.2.3.3;
-- without it MAR and SAR are answered DIAMETER_ERROR_USER_NO_NON_3GPP_SUBSCRIPTION), and the 3GPP
-- AAA server registered for the user by Server-Assignment REGISTRATION (its Origin-Host, a
-- DiameterIdentity; NULL when none), to which Push-Profile and Registration-Termination go.
ALTER TABLE subscribers
  ADD COLUMN non3gpp_access boolean NOT NULL DEFAULT false,
  ADD COLUMN aaa_server_name text;
