package shequn.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Masters this process cannot use, refused before anything is written. Spark itself would wait a
 * minute for a standalone master that is not there (three tries, 20 s apart) and then fail with a
 * stopped context; and the launcher's Spark is Spark core alone, without the YARN or Kubernetes
 * cluster managers, which come with a cluster's own spark-submit.
 */
final class MasterCheck {
    /** How long a standalone master has to accept a connection. */
    static final int CONNECT_MS = 5_000;

    private MasterCheck() {
    }

    /** Why {@code master} cannot work from here, in one line, or null. */
    static String refuses(String master) {
        if (master == null) {
            return null; // spark-submit's, or local[*]
        }
        if (master.startsWith("yarn")) {
            return absent("org.apache.spark.deploy.yarn.YarnClusterManager", master, "YARN");
        }
        if (master.startsWith("k8s://")) {
            return absent("org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager", master, "Kubernetes");
        }
        if (master.startsWith("spark://")) {
            return unreachable(master);
        }
        return null;
    }

    private static String absent(String manager, String master, String what) {
        try {
            Class.forName(manager, false, MasterCheck.class.getClassLoader());
            return null;
        } catch (ClassNotFoundException e) {
            return "shequn: --master " + master + ": this Spark has no " + what + " support (the launcher runs Spark core "
                    + "alone); submit experiments-spark/target/" + ShippedJar.NAME + " with your cluster's spark-submit "
                    + "(README: On a cluster)";
        }
    }

    /** A standalone master (or a list of them, for high availability) none of which accepts a connection. */
    private static String unreachable(String master) {
        List<String> failures = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0) {
                return "shequn: --master " + master + ": expected spark://HOST:PORT, e.g. spark://head:7077";
            }
            int port;
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                return "shequn: --master " + master + ": '" + hostPort.substring(colon + 1) + "' is not a port number";
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort.substring(0, colon), port), CONNECT_MS);
                return null;
            } catch (IOException | IllegalArgumentException e) {
                failures.add(hostPort + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            }
        }
        return "shequn: --master " + master + ": no Spark master answers at " + String.join(", ", failures)
                + "; start it (README: On a cluster) or correct the URL";
    }
}
