package dangjian.solrcloud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud for the project's tests: an embedded ZooKeeper and N Jetty Solr nodes in one JVM,
 * on 127.0.0.1, ports chosen by the system.
 *
 * <p>Uploads the configset, creates COLLECTION (shards x replicas) and the alias ALIAS pointing at it,
 * writes BASE/ready.json, then reads commands from stdin, one per line, answering on stdout with a
 * line starting "@@": {@code stop N} and {@code start N} stop or restart node N (the fault tests),
 * {@code quit} (or end of input, or SIGTERM) shuts the cluster down.
 *
 * <p>args: baseDir confDir configName collection alias nodes shards replicas
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Path base = Paths.get(args[0]).toAbsolutePath();
    Path conf = Paths.get(args[1]).toAbsolutePath();
    String configName = args[2];
    String collection = args[3];
    String alias = args[4];
    int nodes = Integer.parseInt(args[5]);
    int shards = Integer.parseInt(args[6]);
    int replicas = Integer.parseInt(args[7]);

    System.setProperty("zookeeper.admin.enableServer", "false"); // no ZooKeeper admin server on :8080
    System.setProperty("zookeeper.4lw.commands.whitelist", "*");
    System.setProperty("hostName", "127.0.0.1");
    System.setProperty("host", "127.0.0.1");
    System.setProperty("solr.allowPaths", base.toString());

    Files.createDirectories(base);
    JettyConfig jetty = JettyConfig.builder().setContext("/solr").setPort(0).stopAtShutdown(false).build();
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, base, jetty);
    List<JettySolrRunner> nodeList = new ArrayList<>(cluster.getJettySolrRunners());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster, nodeList)));
    long tNodes = System.nanoTime();

    cluster.uploadConfigSet(conf, configName);
    CollectionAdminRequest.createCollection(collection, configName, shards, replicas)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, shards, shards * replicas);
    CollectionAdminRequest.createAlias(alias, collection).process(cluster.getSolrClient());
    long tReady = System.nanoTime();

    List<String> urls = new ArrayList<>();
    for (JettySolrRunner j : cluster.getJettySolrRunners()) {
      urls.add("\"" + j.getBaseUrl() + "\"");
    }
    String json =
        String.format(
            "{\"pid\": %d, \"zk\": \"%s\", \"config\": \"%s\", \"collection\": \"%s\", \"alias\": \"%s\","
                + " \"base_urls\": [%s], \"nodes_up_ms\": %d, \"ready_ms\": %d}%n",
            ProcessHandle.current().pid(),
            cluster.getZkServer().getZkAddress(),
            configName,
            collection,
            alias,
            String.join(", ", urls),
            (tNodes - t0) / 1_000_000,
            (tReady - t0) / 1_000_000);
    writeAtomically(base.resolve("ready.json"), json);
    say("READY " + json.trim());
    serve(cluster, nodeList);
    System.exit(0); // the shutdown hook stops the cluster
  }

  private static void serve(MiniSolrCloudCluster cluster, List<JettySolrRunner> nodes) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] words = line.trim().split("\\s+");
      try {
        switch (words[0]) {
          case "quit":
            return;
          case "stop":
            cluster.stopJettySolrRunner(nodes.get(Integer.parseInt(words[1])));
            say("OK " + line.trim());
            break;
          case "start":
            JettySolrRunner node = nodes.get(Integer.parseInt(words[1]));
            node.start(true); // the same port again: clients keep their list of nodes
            cluster.getZkStateReader().waitForLiveNodes(60, TimeUnit.SECONDS, (o, n) -> n.size() == nodes.size());
            say("OK " + line.trim() + " " + node.getBaseUrl());
            break;
          default:
            say("ERR unknown command " + line.trim());
        }
      } catch (Exception e) {
        say("ERR " + line.trim() + ": " + e);
      }
    }
  }

  private static void shutdown(MiniSolrCloudCluster cluster, List<JettySolrRunner> nodes) {
    try {
      for (JettySolrRunner node : nodes) {
        if (node.isRunning() && !cluster.getJettySolrRunners().contains(node)) {
          node.stop(); // restarted by "start N": the cluster no longer lists it
        }
      }
      cluster.shutdown();
    } catch (Exception e) {
      e.printStackTrace();
    }
  }

  private static void say(String line) {
    System.out.println("@@" + line);
    System.out.flush();
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
