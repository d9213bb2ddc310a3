package shequn.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's files, all inside the jar: the page itself, its script and style, and Apache ECharts from its
 * webjar and the Chinese font of the charts (no CDN: the page works offline). Only these names are served; a request for anything else is a
 * 404, so no path a request carries ever reaches the file system.
 */
final class Assets {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "shequn/serve/index.html",
            "app.js", "shequn/serve/app.js",
            "app.css", "shequn/serve/app.css",
            "echarts.min.js", ECHARTS,
            // the viz jar's Noto Sans SC (SIL OFL): Chinese labels without an installed CJK font
            "NotoSansSC-Regular.ttf", "shequn/viz/fonts/NotoSansSC-Regular.ttf");

    private Assets() {
    }

    /** The asset called {@code name}, or null if there is none of that name. */
    static byte[] named(String name) {
        String resource = FILES.get(name);
        return resource == null ? null : load(resource);
    }

    static byte[] read(String name) {
        return load(FILES.get(name));
    }

    static String type(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".ttf")) {
            return "font/ttf";
        }
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }

    private static byte[] load(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource + " (a broken build)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
