package org.cmsim.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cmsim.sweep.EngineUnavailableException;

/**
 * A Spark master URL, checked before Spark starts: Spark itself reads a malformed one only while it builds
 * its context, and spends a minute on a standalone master that does not answer before it gives up.
 */
final class SparkMaster {

    /** The forms Spark 4 takes: local, local[N], local[*], local[N,F], local-cluster[N,C,M] and yarn. */
    private static final Pattern BUILT_IN = Pattern.compile(
            "local|local\\[(\\*|[1-9][0-9]*)(\\s*,\\s*[0-9]+)?]|local-cluster\\[\\s*[0-9]+\\s*,\\s*[0-9]+\\s*,\\s*[0-9]+\\s*]"
                    + "|yarn");
    /** Cluster managers Spark finds as plugins (k8s://...) name theirs as a URL. */
    private static final Pattern PLUGIN = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");
    private static final String STANDALONE = "spark://";
    /** How long a standalone master may take to accept a connection before it counts as out of reach. */
    private static final int CONNECT_MILLIS = 5000;

    private SparkMaster() {
    }

    /** Refuses a master that is not one of Spark's forms, with the forms in the message. */
    static void checkFormat(String master) {
        boolean readable = BUILT_IN.matcher(master).matches()
                || (master.startsWith(STANDALONE) ? standalone(master) != null : PLUGIN.matcher(master).matches());
        if (!readable) {
            throw new IllegalArgumentException("'" + master + "' is not a Spark master: local, local[N], local[*],"
                    + " spark://HOST:PORT, yarn or k8s://URL");
        }
    }

    /**
     * Fails when {@code master} is a standalone cluster's ({@code spark://HOST:PORT}, several for standby
     * masters) and none of them accepts a connection.
     */
    static void checkReachable(String master) throws EngineUnavailableException {
        List<InetSocketAddress> addresses = master.startsWith(STANDALONE) ? standalone(master) : null;
        if (addresses == null) {
            return;
        }
        String reason = "";
        for (InetSocketAddress named : addresses) {
            InetSocketAddress address = new InetSocketAddress(named.getHostString(), named.getPort());
            if (address.isUnresolved()) {
                reason = "unknown host " + named.getHostString();
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(address, CONNECT_MILLIS);
                return;
            } catch (IOException e) {
                reason = String.valueOf(e.getMessage());
            }
        }
        throw new EngineUnavailableException("the Spark master " + master + " does not answer (" + reason
                + "); start it, or name one that runs");
    }

    /** The host and port of each master of a {@code spark://} URL, or null when one is not HOST:PORT. */
    private static List<InetSocketAddress> standalone(String master) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (String hostPort : master.substring(STANDALONE.length()).split(",", -1)) {
            try {
                URI uri = new URI(STANDALONE + hostPort);
                boolean hostAndPortOnly = (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null
                        && uri.getFragment() == null && uri.getUserInfo() == null;
                if (uri.getHost() == null || uri.getPort() < 1 || uri.getPort() > 65535 || !hostAndPortOnly) {
                    return null;
                }
                addresses.add(InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort()));
            } catch (URISyntaxException e) {
                return null;
            }
        }
        return addresses;
    }
}
