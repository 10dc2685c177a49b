package org.daftar.security.audit;

import java.time.Instant;

/** One entry of the access audit. */
public record AccessRecord(Instant at, String username, AccessEvent event, String detail, String remoteAddress) {}
