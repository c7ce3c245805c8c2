package se.redaktionen.organisation.internal;

/** A one-time password an admin hands to the person, shown once and never stored as typed. */
record IssuedPassword(String username, String password) {
}
