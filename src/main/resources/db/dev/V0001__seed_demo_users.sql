-- Demo users, one for every role (README). Applied only with -Dparley.demo=true.
-- Every demo user has the password Parley-Demo-2026; the hash below is that password's
-- PBKDF2-HMAC-SHA512 hash (210,000 iterations) in Jakarta Security's Pbkdf2PasswordHash format.
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (1, 'drafter', 'Dana Drafter', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', null, 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (1, 'ENVOY_STAFF');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (2, 'envoy', 'Evan Envoy', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', null, 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (2, 'ENVOY');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (3, 'state', 'Sam State', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'STATE', 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (3, 'AGENCY_REVIEWER');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (4, 'defense', 'Dee Defense', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'DEFENSE', 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (4, 'AGENCY_REVIEWER');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (5, 'energy', 'Erin Energy', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'ENERGY', 'SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (5, 'AGENCY_REVIEWER');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (6, 'treasury', 'Terry Treasury', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'TREASURY', 'SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (6, 'AGENCY_REVIEWER');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (7, 'ic', 'Ira Intelligence', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'IC', 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (7, 'AGENCY_REVIEWER');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (8, 'nsc', 'Nia NSC', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'NSC', 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (8, 'AGENCY_REVIEWER');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (9, 'state-lead', 'Lee State', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'STATE', 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (9, 'AGENCY_LEAD');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (10, 'deputy', 'Drew Deputy', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', null, 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (10, 'DEPUTY');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (11, 'principal', 'Pat Principal', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', null, 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (11, 'PRINCIPAL');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (12, 'admin', 'Ada Admin', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', null, 'CONFIDENTIAL', true, 0);
insert into user_account_role (user_account_id, role) values (12, 'ADMIN');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (13, 'auditor', 'Audrey Auditor', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', null, 'TOP_SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (13, 'AUDITOR');
