# One image recipe for the four services: docker build --build-arg SERVICE=ingest-service -t ogi/ingest-service .
# Stage 1 builds the service (and the contracts module it needs) with the Maven Wrapper; stage 2 is a small JRE
# image running the Quarkus fast-jar as a non-root user.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY contracts contracts
COPY service-support service-support
COPY test-support test-support
COPY ingest-service ingest-service
COPY parse-service parse-service
COPY audit-service audit-service
COPY query-service query-service
COPY benchmarks/pom.xml benchmarks/pom.xml
COPY local-stack/pom.xml local-stack/pom.xml
RUN ./mvnw -B -ntp -q -pl ${SERVICE} -am package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
ARG SERVICE
# The measured settings (BENCHMARKS.md, Memory): capped heap, serial GC, two malloc arenas; RSS under 200 MB.
ENV LANG=C.UTF-8 \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="-Xmx160m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# A CJK font for the PDF audit reports of query-service (embedded in each PDF).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 1001 ogi && useradd --system --uid 1001 --gid ogi --home /app ogi
WORKDIR /app
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/lib/ lib/
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/*.jar ./
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/app/ app/
COPY --from=build --chown=1001:1001 /src/${SERVICE}/target/quarkus-app/quarkus/ quarkus/
USER 1001
EXPOSE 8080
# JAVA_OPTS_APPEND: a service's own additions (parse-service: -Xmx256m), after JAVA_OPTS so they win.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -Dquarkus.http.host=0.0.0.0 -jar /app/quarkus-run.jar"]
