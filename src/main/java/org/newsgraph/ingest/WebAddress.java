package org.newsgraph.ingest;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;

import org.newsgraph.common.InvalidInputException;

/**
 * An article's url, checked and in one form: an internationalised host name (مثال.مصر) is stored as its ASCII
 * form (xn--mgbh0fb.xn--wgbh1c), so the url sent either way is the same article. Everything else stays as sent.
 */
final class WebAddress {

    private WebAddress() {
    }

    /** The url with its host in ASCII; refused unless it is an absolute http(s) url with a host. */
    static String normalise(String url) {
        String ascii = asciiHost(url);
        try {
            URI uri = new URI(ascii);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null) {
                return ascii;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException("url", "must be an absolute http(s) URL");
    }

    /** The url with the host of its authority converted by IDNA, when it has letters beyond ASCII. */
    private static String asciiHost(String url) {
        int authority = url.indexOf("://");
        if (authority < 0) {
            return url;
        }
        int start = authority + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        int hostStart = url.lastIndexOf('@', end - 1) + 1;
        hostStart = Math.max(hostStart, start);
        int hostEnd = url.indexOf(':', hostStart);
        hostEnd = hostEnd < 0 || hostEnd > end ? end : hostEnd;
        String host = url.substring(hostStart, hostEnd);
        if (host.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            return url.substring(0, hostStart) + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + url.substring(hostEnd);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url", "has a host name that is not a valid internationalised domain name");
        }
    }
}
