package org.xueliang.alerts.delivery;

import java.util.regex.Pattern;

/**
 * How delivery secrets look in API output and logs. Robot webhooks carry their credential in
 * the URL ({@code ?key=} for WeCom, {@code ?access_token=} for DingTalk), so URLs are masked too.
 */
public final class SecretMask {
    public static final String MASK = "***";
    private static final Pattern URL_SECRET = Pattern.compile(
            "(?i)([?&](?:key|access_token|token|secret|sign|password)=)[^&#]*");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:]*:)[^/@]*@");

    private SecretMask() {
    }

    /** {@code ***} for a set secret, null for an unset one. */
    public static String secret(String secret) {
        return secret == null || secret.isEmpty() ? null : MASK;
    }

    /** The URL with credential query parameters and a password in the authority replaced by {@code ***}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = USER_INFO.matcher(url).replaceFirst("$1" + MASK + "@");
        return URL_SECRET.matcher(masked).replaceAll("$1" + MASK);
    }
}
