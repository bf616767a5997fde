package com.caseflow.security;

/** Row of cf_user_profile. */
public record UserProfile(String userId, String agencyCode, String locale, String title) {}
