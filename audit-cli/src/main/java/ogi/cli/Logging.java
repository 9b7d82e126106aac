package ogi.cli;

/**
 * Logging of the command and of the libraries under it, all on stderr (stdout is the JSON): jboss-logging (the rule
 * catalogue) through java.util.logging, whose console handler writes to stderr, one line per record; Log4j's API
 * (POI) to its simple logger, on stderr, without its "no implementation" warning. Set before any logger exists;
 * explicit -D settings win.
 */
final class Logging {
    private Logging() {
    }

    static void configure() {
        setIfAbsent("org.jboss.logging.provider", "jdk");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("log4j2.simplelogLogFile", "system.err");
        setIfAbsent("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
