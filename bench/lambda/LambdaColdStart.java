import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One cold start of an AWS Lambda Java function as the managed Java runtime does it: a class loader over the
 * unpacked function.zip (its root and lib/*.jar), the handler class loaded and instantiated
 * (io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler: Quarkus' static initialisation), then one API Gateway
 * HTTP API event (payload 2.0) handed to handleRequest. Prints "<ms from loading the handler class to the answered
 * event> <CPU ms of the process in that time> <the answer's statusCode>". Run by bench/lambda-startup.sh:
 *   java bench/lambda/LambdaColdStart.java FUNCTION_DIR EVENT_JSON
 */
public class LambdaColdStart {
    private static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler";

    public static void main(String[] args) throws Exception {
        Path function = Path.of(args[0]);
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        List<URL> classpath = new ArrayList<>();
        classpath.add(function.toUri().toURL());
        File[] jars = function.resolve("lib").toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        for (File jar : jars) {
            classpath.add(jar.toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);

        long cpu0 = cpuMillis();
        long t0 = System.nanoTime();
        Class<?> handlerClass = Class.forName(HANDLER, true, loader);
        Object handler = handlerClass.getConstructor().newInstance();
        Class<?> contextType = Class.forName("com.amazonaws.services.lambda.runtime.Context", false, loader);
        Object context = Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, method, margs) -> defaultOf(method.getReturnType()));
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        handlerClass.getMethod("handleRequest", InputStream.class, OutputStream.class, contextType)
                .invoke(handler, new ByteArrayInputStream(event), answer, context);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = cpuMillis() - cpu0;

        String response = answer.toString(StandardCharsets.UTF_8);
        String status = response.replaceAll("(?s).*\"statusCode\"\\s*:\\s*(\\d+).*", "$1");
        System.out.println(ms + " " + cpu + " " + status);
        System.out.flush();
        Runtime.getRuntime().halt(0);   // as AWS freezes the instance: no shutdown counted
    }

    /** A Context method's answer: nothing the function needs (remaining time is asked for as an int). */
    private static Object defaultOf(Class<?> type) {
        if (type == int.class) {
            return 900_000;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    /** CPU time (user + system) the process has used, from /proc: no management classes loaded to measure it. */
    private static long cpuMillis() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.UTF_8);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / 100;   // USER_HZ 100 on Linux
    }
}
